import { BackLink, Button, Heading } from "@lgp/ui";
import { CHANGED_WHEN_APPROVED, SIGN_UP_TASKS, type SignUpTask } from "@lgp/match";
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
  const { status } = signUp.helper;
  // An approved helper comes here from their home page to change how they help, and returns there.
  const approved = status === "approved" && CHANGED_WHEN_APPROVED.includes(task as SignUpTask);
  if (status !== "applying" && status !== "declined" && !approved) notFound();
  const t = await getTranslations("helping");
  const title = t(`tasks.${task}`);
  return (
    <>
      <BackLink href={approved ? "/helping" : taskListHref(signUp.helper.id)}>{approved ? t("title") : t("signUp.back")}</BackLink>
      <Heading caption={approved ? signUp.helper.publicName : t("signUp.title")}>{title}</Heading>
      <ActionForm action={saveSignUpTask} {...await formTitles(title)}>
        <input type="hidden" name="helperId" value={signUp.helper.id} />
        <input type="hidden" name="task" value={task} />
        {approved ? <input type="hidden" name="then" value="home" /> : null}
        <TaskFields task={task} signUp={signUp} />
        <Button>{t("signUp.save")}</Button>
      </ActionForm>
    </>
  );
}
