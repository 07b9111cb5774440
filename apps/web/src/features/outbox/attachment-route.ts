import { readOutboxAttachment } from "@lgp/email";
import { outboxScope } from "./outbox-scope";

/** The address of a file an outbox message carried: the page links each, and the route below serves it. */
export const attachmentPath = (messageId: number, index: number) => `/dev/outbox/${messageId}/${index}`;

const WHOLE_NUMBER = /^\d{1,15}$/;

/** One file an outbox message carried, as a download; only while the outbox page itself would show. */
export async function GET(_request: Request, { params }: { params: Promise<{ messageId: string; index: string }> }) {
  const { messageId, index } = await params;
  const scope = await outboxScope();
  const attachment = WHOLE_NUMBER.test(messageId) && WHOLE_NUMBER.test(index) ? await readOutboxAttachment(scope, Number(messageId), Number(index)) : null;
  if (!attachment) return new Response("There is no such file in the outbox.", { status: 404 });
  // The name is the email's own, but a quote or other odd character must not end the header's value early.
  const filename = attachment.filename.replace(/[^\w.-]/g, "_");
  return new Response(attachment.content, {
    headers: { "Content-Type": attachment.contentType, "Content-Disposition": `attachment; filename="${filename}"`, "Cache-Control": "no-store" },
  });
}
