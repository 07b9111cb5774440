import { BackLink, Body, Button, Heading } from "@lgp/ui";
import { getTranslations } from "next-intl/server";
import { ActionForm, FormCheckboxes, FormDateInput, FormRadios, FormTextarea, FormTextInput } from "~/features/forms/action-form";
import { requireRole } from "~/server/access";
import { api } from "~/server/api";
import { formTitles } from "~/server/page-title";
import { needWords } from "./choices";
import { createNeedForResident } from "./staff-actions";

export async function generateMetadata() {
  return { title: (await getTranslations("needs.staff"))("newTitle") };
}

/** Staff or an approved referrer asks for help for a resident, on one page: who, the same questions, and the resident's consent. */
export default async function NewNeedPage() {
  const person = await requireRole("council_admin", "council_staff", "referrer");
  const categories = await (await api()).match.categories();
  const t = await getTranslations("needs.staff");
  const q = await getTranslations("needs.questions");
  const common = await getTranslations("common");
  const e = common("errorPrefix");
  const dateParts = { day: common("dateParts.day"), month: common("dateParts.month"), year: common("dateParts.year") };
  const words = await needWords();
  const consentHow = (["in_person", "phone", "in_writing"] as const).map((value) => ({ value, label: t(`consentHowChoices.${value}`) }));
  const isStaff = person.roles.some((r) => r === "council_admin" || r === "council_staff");
  return (
    <>
      {isStaff ? <BackLink href="/staff/needs">{t("back")}</BackLink> : null}
      <Heading>{t("newTitle")}</Heading>
      <Body>{t("newLead")}</Body>
      <ActionForm action={createNeedForResident} {...await formTitles(t("newTitle"))}>
        <FormTextInput id="residentEmail" type="email" label={t("residentEmail")} hint={t("residentEmailHint")} errorPrefix={e} width="20" spellCheck={false} />
        <Heading level={2}>{t("needHeading")}</Heading>
        <FormRadios name="category" legend={q("category.title")} errorPrefix={e} items={categories.map((c) => ({ value: c.slug, label: c.name }))} />
        <FormTextarea id="description" label={q("description.title")} hint={q("description.hint")} errorPrefix={e} rows={6} />
        <FormTextInput id="postcode" label={q("postcode.title")} errorPrefix={e} width="10" spellCheck={false} />
        <FormCheckboxes name="times" legend={q("when.times")} hint={q("when.timesHint")} errorPrefix={e} items={words.items.weekParts} />
        <FormDateInput id="date" legend={q("when.date")} hint={q("when.dateHint")} errorPrefix={e} labels={dateParts} />
        <FormRadios name="urgency" legend={q("urgency.title")} errorPrefix={e} items={words.items.urgency} />
        <FormTextInput id="language" label={q("preferences.language")} errorPrefix={e} width="20" />
        <FormRadios name="helperGender" legend={q("preferences.gender")} errorPrefix={e} items={words.items.gender} value="none" />
        <FormCheckboxes name="accessibility" legend={q("preferences.access")} hint={q("preferences.accessHint")} errorPrefix={e} items={words.items.access} />
        <Heading level={2}>{t("consentHeading")}</Heading>
        <FormTextInput id="consentGivenBy" label={t("consentGivenBy")} hint={t("consentGivenByHint")} errorPrefix={e} width="20" />
        <FormDateInput id="consentOn" legend={t("consentOn")} hint={t("consentOnHint")} errorPrefix={e} labels={dateParts} />
        <FormRadios name="consentHow" legend={t("consentHowLegend")} errorPrefix={e} items={consentHow} />
        <Button>{t("create")}</Button>
      </ActionForm>
    </>
  );
}
