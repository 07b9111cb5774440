import "server-only";
import { TRPCError } from "@trpc/server";

/**
 * A calendar file as a response: downloaded with its name, never cached by anyone but the person
 * (a feed's address is its only secret). A refusal (no such booking or calendar, booking switched off)
 * is a plain 404, as the API answered it.
 */
export async function calendarResponse(load: () => Promise<{ ics: string; filename: string; private?: boolean }>): Promise<Response> {
  try {
    const { ics, filename } = await load();
    return new Response(ics, {
      headers: {
        "Content-Type": "text/calendar; charset=utf-8",
        "Content-Disposition": `attachment; filename="${filename.replace(/[^A-Za-z0-9._-]/g, "")}"`,
        "Cache-Control": "private, no-store",
        "Referrer-Policy": "no-referrer",
      },
    });
  } catch (error) {
    if (error instanceof TRPCError && ["NOT_FOUND", "BAD_REQUEST", "UNAUTHORIZED"].includes(error.code)) return new Response("Not found", { status: 404 });
    throw error;
  }
}
