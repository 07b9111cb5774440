import { BackLink, Body, Button, Heading, Link, SummaryList, Tag } from "@lgp/ui";
import { formatDate, formatDateTime } from "@lgp/time";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ActionForm, FormTextarea } from "~/features/forms/action-form";
import { requireRole } from "~/server/access";
import { api } from "~/server/api";
import { formTitles } from "~/server/page-title";
import { addConcernNote, closeConcern } from "./actions";
import { referenceFrom } from "./concern-reference";

export async function generateMetadata({ params }: { params: Promise<{ reference: string }> }): Promise<Metadata> {
  return { title: (await getTranslations("safety.case"))("title", { reference: referenceFrom((await params).reference) }) };
}

/** One case, as a safeguarding lead works it: what was said, the match and helper, notes, the outcome, and pausing. */
export default async function ConcernCasePage({ params }: { params: Promise<{ reference: string }> }) {
  await requireRole("safeguarding_lead");
  const reference = referenceFrom((await params).reference);
  const kase = await (await api()).match.concern({ reference });
  const t = await getTranslations("safety.case");
  const e = (await getTranslations("common"))("errorPrefix");
  const title = t("title", { reference });
  const form = await formTitles(title);
  const open = kase.status === "open";
  const { helper } = kase;
  return (
    <>
      <BackLink href="/staff/concerns">{t("back")}</BackLink>
      <Heading>{title}</Heading>
      <SummaryList
        testId="case"
        rows={[
          { key: t("status"), value: <Tag colour={open ? "blue" : "grey"}>{open ? t("statusOpen") : t("statusClosed")}</Tag> },
          { key: t("raised"), value: formatDateTime(kase.raisedAt) },
          { key: t("raisedBy"), value: `${kase.raisedBy.name ? `${kase.raisedBy.name} (${kase.raisedBy.email})` : kase.raisedBy.email}, ${t(`role.${kase.raisedBy.role}`)}` },
          { key: t("details"), value: <span className="whitespace-pre-line">{kase.details}</span> },
          { key: t("request"), value: `${kase.need.reference} (${kase.need.categoryName})` },
          { key: t("match"), value: t(`matchStatus.${kase.match.status}`) },
          { key: t("helper"), value: helper.publicName },
          { key: t("pausedLabel"), value: helper.pausedAt ? t("helperPaused", { date: formatDate(helper.pausedAt), reason: helper.pausedReason ?? "" }) : t("helperActive") },
          ...(kase.outcome ? [{ key: t("outcome"), value: <span className="whitespace-pre-line">{kase.outcome}</span> }] : []),
          ...(kase.closedAt ? [{ key: t("statusClosed"), value: t("closedBy", { who: kase.closedBy ?? "", date: formatDate(kase.closedAt) }) }] : []),
        ]}
      />

      <Heading level={2}>{helper.pausedAt ? t("resumeHeading") : t("pauseHeading")}</Heading>
      <Body>{helper.pausedAt ? t("resumeText", { helper: helper.publicName }) : t("pauseText", { helper: helper.publicName })}</Body>
      <Body>
        <Link href={`/staff/concerns/${reference}/${helper.pausedAt ? "resume" : "pause"}`}>
          {helper.pausedAt ? t("resumeLink", { helper: helper.publicName }) : t("pauseLink", { helper: helper.publicName })}
        </Link>
      </Body>

      <Heading level={2}>{t("notes")}</Heading>
      {kase.notes.length === 0 ? (
        <Body>{t("noNotes")}</Body>
      ) : (
        <ol className="mb-8" data-testid="notes">
          {kase.notes.map((n, i) => (
            <li key={i} className="mb-4 border-l-4 border-border pl-4">
              <p className="text-secondary-text">{t("noteBy", { who: n.author, date: formatDateTime(n.at) })}</p>
              <p className="whitespace-pre-line text-lg">{n.note}</p>
            </li>
          ))}
        </ol>
      )}
      {open ? (
        <>
          <ActionForm action={addConcernNote} idPrefix="note-" {...form}>
            <input type="hidden" name="reference" value={reference} />
            <FormTextarea id="note-note" name="note" label={t("addNote")} hint={t("noteHint")} errorPrefix={e} rows={4} />
            <Button variant="secondary">{t("saveNote")}</Button>
          </ActionForm>
          <Heading level={2}>{t("close")}</Heading>
          <ActionForm action={closeConcern} idPrefix="close-" {...form}>
            <input type="hidden" name="reference" value={reference} />
            <FormTextarea id="close-outcome" name="outcome" label={t("outcomeLabel")} hint={t("outcomeHint")} errorPrefix={e} rows={4} />
            <Button>{t("closeButton")}</Button>
          </ActionForm>
        </>
      ) : null}
    </>
  );
}
