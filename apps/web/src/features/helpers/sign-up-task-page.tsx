import { BackLink, Button, Heading } from "@lgp/ui";
import { SIGN_UP_TASKS } from "@lgp/match";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ActionForm } from "~/features/forms/action-form";
import { requireSignedIn } from "~/server/access";
import { formTitles } from "~/server/page-title";
import { saveSignUpTask } from "./actions";
import { chosenSignUp, taskListHref } from "./chosen-helper";
import { TaskFields } from "./task-fields";

type Params = Promise<{ task: string }>;
type Search = Promise<{ helper?: string }>;

const knownTask = (task: string) => (SIGN_UP_TASKS as readonly string[]).includes(task);

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { task } = await params;
  return knownTask(task) ? { title: (await getTranslations("helping.tasks"))(task) } : {};
}

/** One task of a helper's sign-up: its own form, which saves and returns to the task list. */
export default async function SignUpTaskPage({ params, searchParams }: { params: Params; searchParams: Search }) {
  await requireSignedIn();
  const { task } = await params;
  if (!knownTask(task)) notFound();
  const signUp = await chosenSignUp((await searchParams).helper);
  if (signUp.helper.status !== "applying" && signUp.helper.status !== "declined") notFound();
  const t = await getTranslations("helping");
  const title = t(`tasks.${task}`);
  return (
    <>
      <BackLink href={taskListHref(signUp.helper.id)}>{t("signUp.back")}</BackLink>
      <Heading caption={t("signUp.title")}>{title}</Heading>
      <ActionForm action={saveSignUpTask} {...await formTitles(title)}>
        <input type="hidden" name="helperId" value={signUp.helper.id} />
        <input type="hidden" name="task" value={task} />
        <TaskFields task={task} signUp={signUp} />
        <Button>{t("signUp.save")}</Button>
      </ActionForm>
    </>
  );
}
