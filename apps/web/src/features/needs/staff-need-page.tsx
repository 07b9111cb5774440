import { NEED_MOVES } from "@lgp/match";
import { formatDate } from "@lgp/time";
import { BackLink, Button, Heading, NotificationBanner, SummaryList, Tag } from "@lgp/ui";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ActionForm, FormTextarea } from "~/features/forms/action-form";
import { NeedOffers } from "~/features/matching/need-offers";
import { NeedSuggestions } from "~/features/matching/need-suggestions";
import { requireRole } from "~/server/access";
import { api } from "~/server/api";
import { formTitles } from "~/server/page-title";
import { answerRows } from "./answer-rows";
import { needWords, STATUS_COLOURS } from "./choices";
import { closeNeed } from "./staff-actions";
import { TrailTable } from "./trail-table";

type Props = { params: Promise<{ reference: string }>; searchParams: Promise<{ closed?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await getTranslations("needs.staff"))("needTitle", { reference: decodeURIComponent((await params).reference).toUpperCase() }) };
}

/** A request for staff: the resident, who asked and with what consent, the answers, the trail, and closing it. Each view is audited. */
export default async function StaffNeedPage({ params, searchParams }: Props) {
  await requireRole("council_admin", "council_staff", "safeguarding_lead");
  const need = await (await api()).match.staffNeed({ reference: (await params).reference });
  const { closed } = await searchParams;
  const t = await getTranslations("needs.staff");
  const r = await getTranslations("needs.request");
  const common = await getTranslations("common");
  const words = await needWords();
  const title = t("needTitle", { reference: need.reference });
  const resident = need.resident.name ? `${need.resident.name} (${need.resident.email})` : need.resident.email;
  return (
    <>
      <BackLink href="/staff/needs">{t("back")}</BackLink>
      {closed && need.status === "closed" ? <NotificationBanner variant="success" title={common("success")} heading={t("closed")} /> : null}
      <Heading>{title}</Heading>
      <p className="mb-6">
        <Tag colour={STATUS_COLOURS[need.status]}>{words.status(need.status)}</Tag>
      </p>
      <SummaryList
        testId="staff-need"
        rows={[
          { key: t("resident"), value: resident },
          { key: t("askedBy"), value: need.createdBy.isResident ? t("theResident") : need.createdBy.email },
          ...(need.consent
            ? [{ key: t("consent"), value: t("consentText", { name: need.consent.givenBy, date: formatDate(need.consent.at), how: t(`consentHow.${need.consent.how}`) }) }]
            : []),
          { key: r("asked"), value: formatDate(need.createdAt) },
          ...(need.status === "open" || need.status === "offered" ? [{ key: r("expires"), value: formatDate(need.expiresAt) }] : []),
        ]}
      />
      <SummaryList rows={await answerRows({ ...need, category: need.categoryName })} />
      <NeedOffers reference={need.reference} page={title} />
      {need.status === "open" || need.status === "offered" ? <NeedSuggestions needId={need.id} reference={need.reference} page={title} /> : null}
      <Heading level={2}>{r("trailHeading")}</Heading>
      <TrailTable trail={need.trail} showAddresses />
      {NEED_MOVES[need.status].includes("closed") ? (
        <ActionForm action={closeNeed} {...await formTitles(title)}>
          <Heading level={2}>{t("closeHeading")}</Heading>
          <input type="hidden" name="reference" value={need.reference} />
          <FormTextarea id="reason" label={t("closeReason")} errorPrefix={common("errorPrefix")} rows={3} />
          <Button variant="warning">{t("close")}</Button>
        </ActionForm>
      ) : null}
    </>
  );
}
