import { councilIcon } from "@lgp/councils";
import { api, currentCouncil } from "~/server/api";

/**
 * The council's icon for browser tabs and bookmarks: its logo if it has one, else its initial in its
 * brand colours. Linked with the council's last change in its address, so cached hard; served under
 * the proxy's sandboxed policy for assets, like the logo.
 */
export async function GET() {
  const council = await currentCouncil();
  const logo = await (await api()).site.logo();
  const [contentType, body] = logo ? [logo.contentType, new Uint8Array(logo.body)] : ["image/svg+xml", councilIcon(council)];
  return new Response(body, { headers: { "Content-Type": contentType, "Cache-Control": "public, max-age=31536000, immutable" } });
}
