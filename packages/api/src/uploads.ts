import { TRPCError } from "@trpc/server";

export const MAX_LOGO_BYTES = 200 * 1024;

const signatures: { contentType: string; test: (b: Uint8Array) => boolean }[] = [
  { contentType: "image/png", test: (b) => b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47 },
  { contentType: "image/jpeg", test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { contentType: "image/svg+xml", test: (b) => /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<svg[\s>]/i.test(new TextDecoder().decode(b.slice(0, 1024))) },
];

/**
 * What an uploaded file really is, from its bytes, not its name or the browser's claim. Only PNG, JPEG
 * and SVG logos are taken (an SVG's scripts never run: it is shown with <img> and served under a CSP
 * of default-src 'none').
 */
export function sniffImage(bytes: Uint8Array): { contentType: string } {
  if (bytes.length === 0) throw new TRPCError({ code: "BAD_REQUEST", message: "Select a logo file to upload." });
  if (bytes.length > MAX_LOGO_BYTES) {
    throw new TRPCError({ code: "BAD_REQUEST", message: `The logo must be smaller than ${MAX_LOGO_BYTES / 1024} KB; this one is ${Math.ceil(bytes.length / 1024)} KB.` });
  }
  const match = signatures.find((s) => s.test(bytes));
  if (!match) throw new TRPCError({ code: "BAD_REQUEST", message: "The logo must be a PNG, JPEG or SVG image." });
  return { contentType: match.contentType };
}
