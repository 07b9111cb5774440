import { sharedDatabase } from "@lgp/db";
import { readOutbox } from "@lgp/email";
import { formatDateTime } from "@lgp/time";
import { Body, Heading } from "@lgp/ui";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { outboxPage } from "~/env";
import { scopeFor } from "~/server/auth/scope";
import { currentSite } from "~/server/site";

/** Email the site "sent" while the outbox is its transport. Absent (404) once a real transport is set. */
export default async function OutboxPage() {
  if (!outboxPage) notFound();
  const messages = await readOutbox(scopeFor(await sharedDatabase(), await currentSite()));
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
          <dl className="mb-4 grid grid-cols-[max-content_1fr] gap-x-4">
            <dt className="font-bold">{t("to")}</dt>
            <dd data-testid="outbox-to">{m.recipient}</dd>
            <dt className="font-bold">{t("sent")}</dt>
            <dd>{formatDateTime(m.createdAt)}</dd>
          </dl>
          <pre className="whitespace-pre-wrap font-sans" data-testid="outbox-body">
            {m.textBody}
          </pre>
        </article>
      ))}
    </>
  );
}
