import { BackLink, Body, Button, Heading, Link, TaskList } from "@lgp/ui";
import { getTranslations } from "next-intl/server";
import { ActionForm, FormRadios } from "~/features/forms/action-form";
import { requireSignedIn } from "~/server/access";
import { api } from "~/server/api";
import { formTitles, titled } from "~/server/page-title";
import { startSignUp } from "./actions";
import { chosenSignUp } from "./chosen-helper";

export const generateMetadata = () => titled("helping.signUp");

type Search = Promise<{ helper?: string; start?: string }>;

/**
 * The sign-up task list. With no sign-up started (or `?start=1`), it starts one: as a volunteer, or for an
 * organisation the person owns. Someone acting for several helpers first chooses which to work on.
 */
export default async function SignUpPage({ searchParams }: { searchParams: Search }) {
  await requireSignedIn();
  const { helper, start } = await searchParams;
  const t = await getTranslations("helping");
  const { helpers, organisationsToSignUp } = await (await api()).match.myHelpers();
  const hasOwn = helpers.some((h) => h.kind === "volunteer");
  if (helpers.length === 0 || (start && (organisationsToSignUp.length > 0 || !hasOwn))) {
    const e = (await getTranslations("common"))("errorPrefix");
    const choices = [...(hasOwn ? [] : [{ value: "self", label: t("signUp.yourself") }]), ...organisationsToSignUp.map((o) => ({ value: String(o.id), label: o.name }))];
    return (
      <>
        <BackLink href="/helping">{t("title")}</BackLink>
        <Heading>{t("signUp.title")}</Heading>
        <Body>{t("signUp.intro")}</Body>
        <ActionForm action={startSignUp} {...await formTitles(t("signUp.title"))}>
          {choices.length > 1 ? <FormRadios name="who" legend={t("signUp.who")} errorPrefix={e} value={choices[0]!.value} items={choices} /> : <input type="hidden" name="who" value={choices[0]?.value ?? "self"} />}
          <Button>{t("signUp.start")}</Button>
        </ActionForm>
      </>
    );
  }
  if (!helper && helpers.length > 1) {
    return (
      <>
        <BackLink href="/helping">{t("title")}</BackLink>
        <Heading>{t("signUp.chooseTitle")}</Heading>
        <ul className="mb-4 list-disc pl-5">
          {helpers.map((h) => (
            <li key={h.id}>
              <Link href={`/helping/sign-up?helper=${h.id}`}>{h.publicName || t("signUp.yourself")}</Link> ({t(`status.${h.status}`)})
            </li>
          ))}
        </ul>
      </>
    );
  }
  const signUp = await chosenSignUp(helper ?? String(helpers[0]!.id));
  const id = signUp.helper.id;
  const editable = signUp.helper.status === "applying" || signUp.helper.status === "declined";
  const done = signUp.tasks.filter((task) => task.done).length;
  return (
    <>
      <BackLink href="/helping">{t("title")}</BackLink>
      <Heading caption={signUp.helper.publicName || undefined}>{t("signUp.title")}</Heading>
      {editable ? <Body>{t("signUp.intro")}</Body> : <Body>{t("signUp.readOnly")}</Body>}
      <Body>{t("signUp.progress", { done, total: signUp.tasks.length })}</Body>
      <Heading level={2}>{t("signUp.tasksHeading")}</Heading>
      <TaskList
        id="sign-up"
        tasks={signUp.tasks.map(({ task, done: complete }) => ({
          title: t(`tasks.${task}`),
          href: editable ? `/helping/sign-up/${task}?helper=${id}` : undefined,
          status: complete ? t("signUp.completed") : t("signUp.incomplete"),
          statusTag: complete ? undefined : "blue",
        }))}
      />
      {editable && done === signUp.tasks.length ? (
        <Body>
          <Link href={`/helping/sign-up/check?helper=${id}`}>{t("signUp.checkAnswers")}</Link>
        </Body>
      ) : editable ? (
        <Body>{t("signUp.cannotSendYet")}</Body>
      ) : null}
    </>
  );
}
