import { BackLink, Button, Heading, SummaryList } from "@lgp/ui";
import type { SignUpTask } from "@lgp/match";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { ActionForm } from "~/features/forms/action-form";
import { requireSignedIn } from "~/server/access";
import { formTitles } from "~/server/page-title";
import { submitSignUp } from "./actions";
import { chosenSignUp, taskListHref } from "./chosen-helper";

export const generateMetadata = async () => ({ title: (await getTranslations("helping.signUp"))("checkAnswers") });

/** Every answer of a complete sign-up, each with a link to change it, and the button that sends it to the council. */
export default async function CheckAnswersPage({ searchParams }: { searchParams: Promise<{ helper?: string }> }) {
  await requireSignedIn();
  const signUp = await chosenSignUp((await searchParams).helper);
  const { helper } = signUp;
  if (helper.status !== "applying" && helper.status !== "declined") notFound();
  const t = await getTranslations("helping");
  const checks = await getTranslations("vettingChecks");
  const title = t("signUp.checkAnswers");
  const wardNames = signUp.wards.filter((w) => helper.wards.includes(w.code)).map((w) => w.name);
  const categories = signUp.categories.filter((c) => signUp.categoryIds.includes(c.id));
  const lines = (items: string[]) => (items.length === 0 ? t("notAnswered") : items.join(", "));
  const answers: Record<SignUpTask, [string, ReactNode][]> = {
    details: [
      [t("fields.publicName"), helper.publicName],
      [t("fields.about"), helper.about],
    ],
    area: [[t("tasks.area"), helper.postcode ? t("kmAround", { km: helper.radiusKm ?? 0, postcode: helper.postcode }) : lines(wardNames)]],
    availability: [[t("tasks.availability"), lines(helper.availability.map((p) => { const [day, part] = p.split("-"); return `${t(`days.${day}`)} ${t(`dayParts.${part}`)}`; }))]],
    categories: [[t("tasks.categories"), lines(categories.map((c) => (c.requiredCheck === "none" ? c.name : `${c.name} (${checks(c.requiredCheck)})`)))]],
    capacity: [[t("tasks.capacity"), String(helper.capacity)]],
    access: [
      [t("fields.languages"), lines(helper.languages)],
      [t("fields.accessibility"), lines(helper.accessibility.map((a) => t(`access.${a}`)))],
      [t("fields.gender"), t(`genders.${helper.gender ?? "unsaid"}`)],
    ],
    notice: [[t("tasks.notice"), t(`notices.${helper.notice}`)]],
  };
  return (
    <>
      <BackLink href={taskListHref(helper.id)}>{t("signUp.back")}</BackLink>
      <Heading caption={t("signUp.title")}>{title}</Heading>
      <SummaryList
        testId="sign-up-answers"
        rows={signUp.tasks.flatMap(({ task }) =>
          answers[task].map(([key, value]) => ({ key, value, actions: [{ href: `/helping/sign-up/${task}?helper=${helper.id}`, label: t("change"), visuallyHiddenText: key }] })),
        )}
      />
      <ActionForm action={submitSignUp} {...await formTitles(title)}>
        <input type="hidden" name="helperId" value={helper.id} />
        <div id="send">
          <Button>{t("send")}</Button>
        </div>
      </ActionForm>
    </>
  );
}
