import { TRPCError } from "@trpc/server";
import { api } from "~/server/api";

/** Downloads an archived council's export through `operator.archiveFile` (operators only, audited). */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  let bytes: Buffer;
  try {
    bytes = await (await api()).operator.archiveFile({ file: decodeURIComponent(file) });
  } catch (error) {
    if (error instanceof TRPCError && error.code !== "INTERNAL_SERVER_ERROR") return new Response("Not found", { status: 404 });
    throw error;
  }
  return new Response(new Uint8Array(bytes), {
    headers: { "Content-Type": "application/gzip", "Content-Disposition": `attachment; filename="${file}"`, "Cache-Control": "no-store" },
  });
}
