import { BackLink, Body, Button, Heading, SummaryList } from "@lgp/ui";
import { formatDate } from "@lgp/time";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ActionForm, FormRadios, FormTextarea } from "~/features/forms/action-form";
import { requireSignedIn } from "~/server/access";
import { api } from "~/server/api";
import { formTitles } from "~/server/page-title";
import { rateHelp } from "./actions";
import { matchIdFrom } from "./match-id";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("safety.rating"))("title") };
}

/**
 * The resident (or staff for them) rates help that is done, once; afterwards, and for the helper's own
 * people, the page shows the rating given. No one outside the match finds it.
 */
export default async function RatingPage({ params }: { params: Promise<{ matchId: string }> }) {
  await requireSignedIn();
  const matchId = matchIdFrom((await params).matchId);
  const match = await (await api()).match.matchSafety({ matchId });
  const t = await getTranslations("safety.rating");
  const e = (await getTranslations("common"))("errorPrefix");
  const heading = (
    <>
      <BackLink href={`/matches/${matchId}`}>{t("back")}</BackLink>
      <Heading caption={t("caption", { reference: match.needReference, helper: match.helperName })}>{t("title")}</Heading>
    </>
  );
  if (match.rating) {
    return (
      <>
        {heading}
        <SummaryList
          rows={[
            { key: t("given"), value: t("givenStars", { stars: match.rating.stars }) },
            { key: t("givenComment"), value: match.rating.comment || "–" },
            { key: t("givenOn"), value: formatDate(match.rating.createdAt) },
          ]}
        />
      </>
    );
  }
  if (!match.canRate) {
    return (
      <>
        {heading}
        <Body>{t("notYet")}</Body>
      </>
    );
  }
  return (
    <>
      {heading}
      <Body>{t("intro", { helper: match.helperName })}</Body>
      <ActionForm action={rateHelp} {...await formTitles(t("title"))}>
        <input type="hidden" name="matchId" value={matchId} />
        <FormRadios name="stars" legend={t("stars")} errorPrefix={e} items={(["5", "4", "3", "2", "1"] as const).map((n) => ({ value: n, label: t(`star${n}`) }))} />
        <FormTextarea id="comment" label={t("comment")} errorPrefix={e} rows={4} />
        <Button>{t("send")}</Button>
      </ActionForm>
    </>
  );
}
