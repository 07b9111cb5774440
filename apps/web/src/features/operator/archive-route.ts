import { readArchive } from "@lgp/councils";
import { sharedDatabase, platformScope } from "@lgp/db";
import { recordAudit } from "@lgp/identity";
import { headers } from "next/headers";
import { clientAddress } from "~/server/client-address";
import { currentPerson } from "~/server/session";
import { currentSite } from "~/server/site";

/** Downloads an archived council's export: operators only, and every download is audited. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const person = await currentPerson(await currentSite());
  if (!person?.roles.includes("platform_operator")) return new Response("Not found", { status: 404 });
  const { file } = await params;
  const bytes = readArchive(decodeURIComponent(file));
  if (!bytes) return new Response("There is no archive with that name.", { status: 404 });
  const scope = platformScope(await sharedDatabase());
  const h = await headers();
  await scope.run((tx) => recordAudit(tx, scope, { actor: person.email, action: "archive.downloaded", subject: file, ip: clientAddress(h), userAgent: h.get("user-agent") }));
  return new Response(new Uint8Array(bytes), {
    headers: { "Content-Type": "application/gzip", "Content-Disposition": `attachment; filename="${file}"`, "Cache-Control": "no-store" },
  });
}
