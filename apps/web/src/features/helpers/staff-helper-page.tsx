import { BackLink, Body, Button, Heading, NotificationBanner, SummaryList, Table, Tag } from "@lgp/ui";
import { councilSchema } from "@lgp/db";
import { STAFF_ROLES } from "@lgp/identity";
import { formatDate, Temporal } from "@lgp/time";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ActionForm, FormDateInput, FormRadios, FormTextarea, FormTextInput } from "~/features/forms/action-form";
import { requireRole } from "~/server/access";
import { api } from "~/server/api";
import { formTitles } from "~/server/page-title";
import { HelperRatings } from "./helper-ratings";
import { helperStanding } from "./standing";
import { approveHelper, declineHelper, recordVetting } from "./staff-actions";

type Params = Promise<{ helperId: string }>;

async function load(helperId: string) {
  if (!/^\d{1,15}$/.test(helperId)) notFound();
  return (await api()).match.staffHelper({ helperId: Number(helperId) });
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  await requireRole(...STAFF_ROLES);
  return { title: (await load((await params).helperId)).publicName };
}

const day = (iso: string) => formatDate(Temporal.PlainDate.from(iso));

/** One helper for staff: their answers, the checks recorded, what a missing check keeps them out of, their ratings; approve, decline, record a check. */
export default async function StaffHelperPage({ params }: { params: Params }) {
  await requireRole(...STAFF_ROLES);
  const helper = await load((await params).helperId);
  const t = await getTranslations("staffHelpers");
  const h = await getTranslations("helping");
  const checks = await getTranslations("vettingChecks");
  const common = await getTranslations("common");
  const e = common("errorPrefix");
  const form = await formTitles(helper.publicName);
  const standing = helperStanding({ status: helper.status, paused: helper.pausedAt !== null });
  const list = (items: string[]) => (items.length === 0 ? h("notAnswered") : items.join(", "));
  const lowered = (check: (typeof councilSchema.vettingCheck)[number]) => checks(check).replace(/^(Basic|Standard|Enhanced)/, (w) => w.toLowerCase());
  return (
    <>
      <BackLink href="/staff/helpers">{t("back")}</BackLink>
      <Heading caption={t(`kinds.${helper.kind}`)}>{helper.publicName}</Heading>

      {helper.notMatchedIn.length > 0 ? (
        <NotificationBanner title={t("important")} heading={`${t("notMatchedIn")}: ${helper.notMatchedIn
          .map((m) => (m.lapsedOn ? t("notMatchedInLapsed", { category: m.categoryName, check: lowered(m.requiredCheck), date: day(m.lapsedOn) }) : t("notMatchedInMissing", { category: m.categoryName, check: lowered(m.requiredCheck) })))
          .join("; ")}`} testId="not-matched-in" />
      ) : null}

      <Heading level={2}>{t("details")}</Heading>
      <SummaryList
        testId="helper-details"
        rows={[
          { key: t("statusLabel"), value: <Tag colour={standing === "approved" ? "green" : standing === "submitted" ? "blue" : "red"}>{h(`status.${standing}`)}</Tag> },
          ...(helper.organisationName ? [{ key: t("organisation"), value: helper.organisationName }] : []),
          { key: t("contacts"), value: list(helper.contacts) },
          { key: h("fields.about"), value: helper.about },
          { key: h("tasks.area"), value: helper.postcode ? h("kmAround", { km: helper.radiusKm ?? 0, postcode: helper.postcode }) : list(helper.wards) },
          { key: h("tasks.availability"), value: list(helper.availability.map((p) => { const [d, part] = p.split("-"); return `${h(`days.${d}`)} ${h(`dayParts.${part}`)}`; })) },
          { key: h("tasks.categories"), value: list(helper.categories.map((c) => (c.requiredCheck === "none" ? c.name : `${c.name} (${checks(c.requiredCheck)})`))) },
          { key: h("tasks.capacity"), value: String(helper.capacity) },
          { key: h("fields.languages"), value: list(helper.languages) },
          { key: h("fields.accessibility"), value: list(helper.accessibility.map((a) => h(`access.${a}`))) },
          { key: h("fields.gender"), value: h(`genders.${helper.gender ?? "unsaid"}`) },
        ]}
      />

      {helper.status === "submitted" ? (
        <>
          <Heading level={2}>{t("decide")}</Heading>
          <ActionForm action={approveHelper} {...form} idPrefix="approve-">
            <input type="hidden" name="helperId" value={helper.id} />
            <Body>{t("approveHint")}</Body>
            <div id="approve-approve">
              <Button>{t("approve")}</Button>
            </div>
          </ActionForm>
          <ActionForm action={declineHelper} {...form}>
            <input type="hidden" name="helperId" value={helper.id} />
            <FormTextarea id="reason" label={t("declineReason")} hint={t("declineReasonHint")} errorPrefix={e} rows={3} />
            <Button variant="warning">{t("decline")}</Button>
          </ActionForm>
        </>
      ) : null}

      <Heading level={2}>{t("ratingsHeading")}</Heading>
      <Body>{t("ratingsIntro")}</Body>
      <HelperRatings ratings={helper.ratings} caption={t("ratingsHeading")} testId="helper-ratings" />

      <Heading level={2}>{t("vettingHeading")}</Heading>
      <Body>{t("vettingIntro")}</Body>
      {helper.vetting.length === 0 ? (
        <Body>{t("noVetting")}</Body>
      ) : (
        <Table
          caption={t("vettingHeading")}
          captionSize="hidden"
          testId="vetting-records"
          columns={[
            { label: t("vettingColumns.check") },
            { label: t("vettingColumns.certificate"), wrap: "anywhere" },
            { label: t("vettingColumns.issued"), wrap: "nowrap" },
            { label: t("vettingColumns.updateService") },
            { label: t("vettingColumns.recheck"), wrap: "nowrap" },
            { label: t("vettingColumns.verified") },
          ]}
          rows={helper.vetting.map((v) => ({
            key: v.id,
            cells: [checks(v.check), v.certificateNumber, day(v.issuedOn), v.updateService ? t("yes") : t("no"), day(v.recheckOn), t("verifiedBy", { who: v.verifiedBy, date: formatDate(v.verifiedAt) })],
          }))}
        />
      )}

      <Heading level={2}>{t("recordHeading")}</Heading>
      <ActionForm action={recordVetting} {...form}>
        <input type="hidden" name="helperId" value={helper.id} />
        <FormRadios name="check" legend={t("check")} errorPrefix={e} items={RECORDED.map((c) => ({ value: c, label: checks(c) }))} />
        <FormTextInput id="certificateNumber" label={t("certificateNumber")} hint={t("certificateNumberHint")} errorPrefix={e} width="20" spellCheck={false} />
        <FormDateInput id="issuedOn" legend={t("issuedOn")} hint={t("issuedOnHint")} errorPrefix={e} labels={{ day: common("dateParts.day"), month: common("dateParts.month"), year: common("dateParts.year") }} />
        <FormRadios name="updateService" legend={t("updateService")} errorPrefix={e} inline items={[{ value: "yes", label: t("yes") }, { value: "no", label: t("no") }]} />
        <FormDateInput id="recheckOn" legend={t("recheckOn")} hint={t("recheckOnHint")} errorPrefix={e} labels={{ day: common("dateParts.day"), month: common("dateParts.month"), year: common("dateParts.year") }} />
        <Button>{t("record")}</Button>
      </ActionForm>
    </>
  );
}

const RECORDED = councilSchema.vettingCheck.filter((c) => c !== "none");
