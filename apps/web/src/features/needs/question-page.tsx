import { NEED_QUESTIONS, type NeedQuestion } from "@lgp/match";
import { BackLink, Button, Heading } from "@lgp/ui";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound, redirect } from "next/navigation";
import { ActionForm, FormCheckboxes, FormDateInput, FormRadios, FormTextarea, FormTextInput } from "~/features/forms/action-form";
import { requireSignedIn } from "~/server/access";
import { api } from "~/server/api";
import { formTitles } from "~/server/page-title";
import { answerQuestion } from "./actions";
import { needWords } from "./choices";
import { ASK, questionPath } from "./paths";

type Props = { params: Promise<{ question: string }>; searchParams: Promise<{ change?: string; category?: string }> };

const asQuestion = (question: string) => (NEED_QUESTIONS.includes(question as NeedQuestion) ? (question as NeedQuestion) : notFound());

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const question = asQuestion((await params).question);
  return { title: (await getTranslations("needs.questions"))(`${question}.title`) };
}

/**
 * One question of asking for help, one thing per page (GOV.UK question pages). The answers so far are
 * the person's draft, kept by the council; a page asked for before an earlier one is answered sends
 * the person to the earlier one.
 */
export default async function QuestionPage({ params, searchParams }: Props) {
  await requireSignedIn();
  const question = asQuestion((await params).question);
  const { change, category } = await searchParams;
  const caller = await api();
  const { answers, next } = await caller.match.needDraft();
  if (next && NEED_QUESTIONS.indexOf(question) > NEED_QUESTIONS.indexOf(next)) redirect(questionPath(next));
  const t = await getTranslations("needs");
  const e = (await getTranslations("common"))("errorPrefix");
  const words = await needWords();
  const title = t(`questions.${question}.title`);
  const returning = change === "check";
  const previous = NEED_QUESTIONS[NEED_QUESTIONS.indexOf(question) - 1];
  const back = returning ? `${ASK}/check` : previous ? questionPath(previous) : ASK;

  let fields;
  if (question === "category") {
    const categories = await caller.match.categories();
    const items = categories.map((c) => ({ value: c.slug, label: c.name, hint: c.description }));
    fields = <FormRadios name="category" legend={title} pageHeading errorPrefix={e} items={items} value={answers.category ?? category} />;
  } else if (question === "description") {
    fields = <FormTextarea id="description" label={title} pageHeading hint={t("questions.description.hint")} errorPrefix={e} rows={8} defaultValue={answers.description} />;
  } else if (question === "postcode") {
    fields = <FormTextInput id="postcode" label={title} pageHeading hint={t("questions.postcode.hint")} errorPrefix={e} width="10" autoComplete="postal-code" spellCheck={false} defaultValue={answers.postcode} />;
  } else if (question === "when") {
    const common = await getTranslations("common");
    const dateParts = { day: common("dateParts.day"), month: common("dateParts.month"), year: common("dateParts.year") };
    fields = (
      <>
        <Heading>{title}</Heading>
        <FormCheckboxes name="times" legend={t("questions.when.times")} hint={t("questions.when.timesHint")} errorPrefix={e} items={words.items.weekParts} values={answers.times} />
        <FormDateInput id="date" legend={t("questions.when.date")} hint={t("questions.when.dateHint")} errorPrefix={e} labels={dateParts} defaultValue={answers.dates?.[0]} />
      </>
    );
  } else if (question === "urgency") {
    fields = <FormRadios name="urgency" legend={title} pageHeading errorPrefix={e} items={words.items.urgency} value={answers.urgency} />;
  } else {
    fields = (
      <>
        <Heading>{title}</Heading>
        <FormTextInput id="language" label={t("questions.preferences.language")} hint={t("questions.preferences.languageHint")} errorPrefix={e} width="20" defaultValue={answers.language} />
        <FormRadios name="helperGender" legend={t("questions.preferences.gender")} errorPrefix={e} items={words.items.gender} value={answers.helperGender} />
        <FormCheckboxes name="accessibility" legend={t("questions.preferences.access")} hint={t("questions.preferences.accessHint")} errorPrefix={e} items={words.items.access} values={answers.accessibility} />
      </>
    );
  }

  return (
    <>
      <BackLink href={back}>{t("ask.back")}</BackLink>
      <ActionForm action={answerQuestion} {...await formTitles(title)}>
        <input type="hidden" name="question" value={question} />
        {returning ? <input type="hidden" name="returnTo" value="check" /> : null}
        {fields}
        <Button>{t("ask.continue")}</Button>
      </ActionForm>
    </>
  );
}
