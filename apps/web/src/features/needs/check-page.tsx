import { BackLink, Body, Button, Heading, SummaryList } from "@lgp/ui";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { ActionForm } from "~/features/forms/action-form";
import { requireSignedIn } from "~/server/access";
import { api } from "~/server/api";
import { formTitles, titled } from "~/server/page-title";
import { sendNeed } from "./actions";
import { answerRows } from "./answer-rows";
import { questionPath } from "./paths";

export const generateMetadata = () => titled("needs.check");

/** Check your answers: every answer with a link to change it, then the declaration and the button that sends the request. */
export default async function CheckPage() {
  await requireSignedIn();
  const caller = await api();
  const { answers, next } = await caller.match.needDraft();
  if (next) redirect(questionPath(next));
  const categories = await caller.match.categories();
  const t = await getTranslations("needs.check");
  const rows = await answerRows(
    {
      category: categories.find((c) => c.slug === answers.category)?.name ?? answers.category!,
      description: answers.description!,
      postcode: answers.postcode!,
      times: answers.times ?? [],
      dates: answers.dates ?? [],
      urgency: answers.urgency!,
      language: answers.language,
      helperGender: answers.helperGender,
      accessibility: answers.accessibility ?? [],
    },
    (question) => `${questionPath(question as never)}?change=check`,
  );
  return (
    <>
      <BackLink href={questionPath("preferences")}>{(await getTranslations("needs.ask"))("back")}</BackLink>
      <Heading>{t("title")}</Heading>
      <SummaryList rows={rows} testId="need-answers" />
      <Heading level={2}>{t("sendHeading")}</Heading>
      <Body>{t("sendBody")}</Body>
      <ActionForm action={sendNeed} {...await formTitles(t("title"))}>
        <Button>{t("send")}</Button>
      </ActionForm>
    </>
  );
}
