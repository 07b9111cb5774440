import { readOutbox } from "@lgp/email";
import { formatDateTime } from "@lgp/time";
import { Body, Heading, Link } from "@lgp/ui";
import { getTranslations } from "next-intl/server";
import { Fragment } from "react";
import { notFound } from "next/navigation";
import { attachmentPath } from "./attachment-route";
import { linkParts } from "./links";
import { outboxScope } from "./outbox-scope";
import { titled } from "~/server/page-title";

export const generateMetadata = () => titled("outbox");

/** Email the site "sent" while the outbox is its transport. Absent (404) once a real transport is set. */
export default async function OutboxPage() {
  const messages = await readOutbox(await outboxScope());
  if (!messages) notFound();
  const t = await getTranslations("outbox");
  return (
    <>
      <Heading>{t("title")}</Heading>
      <Body>{t("intro")}</Body>
      {messages.length === 0 ? <Body>{t("empty")}</Body> : null}
      {messages.map((m) => (
        <article key={m.id} className="mb-8 border-l-4 border-border pl-4" data-testid="outbox-message">
          <Heading level={2}>{m.subject}</Heading>
          <dl className="mb-4 grid grid-cols-[max-content_minmax(0,1fr)] gap-x-4 [overflow-wrap:anywhere]">
            <dt className="font-bold">{t("to")}</dt>
            <dd data-testid="outbox-to">{m.recipient}</dd>
            <dt className="font-bold">{t("sent")}</dt>
            <dd>{formatDateTime(m.createdAt)}</dd>
            {m.attachments?.length ? (
              <>
                <dt className="font-bold">{t("attachments")}</dt>
                <dd>
                  <ul data-testid="outbox-attachments">
                    {m.attachments.map((a, i) => (
                      <li key={i}>
                        <Link href={attachmentPath(m.id, i)}>{a.filename}</Link>
                      </li>
                    ))}
                  </ul>
                </dd>
              </>
            ) : null}
          </dl>
          {/* Wrapped anywhere, so a long sign-in link never pushes the page sideways. */}
          <pre className="whitespace-pre-wrap font-sans [overflow-wrap:anywhere]" data-testid="outbox-body">
            {linkParts(m.textBody).map((part, i) => ("href" in part ? <Link key={i} href={part.href}>{part.href}</Link> : <Fragment key={i}>{part.text}</Fragment>))}
          </pre>
        </article>
      ))}
    </>
  );
}
