import { api } from "~/server/api";

/**
 * The council's logo, from its own schema. Versioned by the council's last change, so cached hard. Its
 * sandboxed Content-Security-Policy is set by the proxy for every asset path.
 */
export async function GET() {
  const asset = await (await api()).site.logo();
  if (!asset) return new Response("This council has no logo.", { status: 404 });
  return new Response(new Uint8Array(asset.body), {
    headers: { "Content-Type": asset.contentType, "Cache-Control": "public, max-age=31536000, immutable" },
  });
}
