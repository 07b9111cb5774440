import { Body, Heading, Link, StartButton, SummaryList, Tag } from "@lgp/ui";
import { CHANGED_WHEN_APPROVED } from "@lgp/match";
import { getTranslations } from "next-intl/server";
import { requireSignedIn } from "~/server/access";
import { api } from "~/server/api";
import { titled } from "~/server/page-title";
import { HelperRatings } from "./helper-ratings";
import { helperStanding } from "./standing";

export const generateMetadata = () => titled("helping");

/**
 * A helper's home: where each helper the person acts for stands, how they hear of new needs, the ratings
 * residents gave them, and where to go next.
 */
export default async function HelpingPage() {
  await requireSignedIn();
  const { helpers, organisationsToSignUp } = await (await api()).match.myHelpers();
  const t = await getTranslations("helping");
  return (
    <>
      <Heading>{t("title")}</Heading>
      <Body>{t("intro")}</Body>
      {helpers.length === 0 ? <StartButton href="/helping/sign-up">{t("startSignUp")}</StartButton> : null}
      {helpers.map((helper) => {
        const standing = helperStanding(helper);
        const signingUp = standing === "applying" || standing === "declined";
        return (
          <section key={helper.id} aria-labelledby={`helper-${helper.id}`}>
            <Heading level={2}>
              <span id={`helper-${helper.id}`}>{helper.publicName || t("yourHelpers")}</span>
            </Heading>
            <SummaryList
              testId={`helper-${helper.id}`}
              rows={[
                { key: t("yourHelpers"), value: <Tag colour={standing === "approved" ? "green" : standing === "submitted" ? "blue" : standing === "applying" ? "grey" : "red"}>{t(`status.${standing}`)}</Tag> },
                { key: t("tasks.notice"), value: t(`notices.${helper.notice}`), actions: [{ href: `/helping/notices?helper=${helper.id}`, label: t("change"), visuallyHiddenText: t("noticesPage.changeHidden") }] },
              ]}
            />
            <Body>{t(`statusHint.${standing}`)}</Body>
            {signingUp ? (
              <Body>
                <Link href={`/helping/sign-up?helper=${helper.id}`}>{t("continueSignUp")}</Link>
              </Body>
            ) : null}
            {standing === "approved" ? (
              <>
                <Heading level={3}>{t("changeHow.heading")}</Heading>
                <Body>{t("changeHow.intro")}</Body>
                <ul className="mb-4 list-disc pl-5" data-testid={`helper-${helper.id}-changes`}>
                  {CHANGED_WHEN_APPROVED.filter((task) => task !== "notice").map((task) => (
                    <li key={task}>
                      <Link href={`/helping/sign-up/${task}?helper=${helper.id}`}>{t("changeHow.link", { what: t(`tasks.${task}`).toLowerCase() })}</Link>
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            {standing === "approved" ? (
              <ul className="mb-4 list-disc pl-5">
                <li>
                  <Link href="/helping/offers">{t("offers")}</Link>
                </li>
                <li>
                  <Link href="/helping/needs">{t("needs")}</Link>
                </li>
              </ul>
            ) : null}
            {helper.ratings.length > 0 || standing === "approved" ? (
              <>
                <Heading level={3}>{t("ratings.heading")}</Heading>
                <Body>{t("ratings.intro")}</Body>
                <HelperRatings ratings={helper.ratings} caption={t("ratings.heading")} testId={`helper-${helper.id}-ratings`} />
              </>
            ) : null}
          </section>
        );
      })}
      {helpers.length > 0 && organisationsToSignUp.length > 0 ? (
        <Body>
          <Link href="/helping/sign-up?start=1">{t("startSignUp")}</Link>
        </Body>
      ) : null}
    </>
  );
}
