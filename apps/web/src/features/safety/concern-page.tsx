import { BackLink, Body, Button, Heading } from "@lgp/ui";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ActionForm, FormTextarea } from "~/features/forms/action-form";
import { requireSignedIn } from "~/server/access";
import { api } from "~/server/api";
import { formTitles } from "~/server/page-title";
import { raiseConcern } from "./actions";
import { matchIdFrom } from "./match-id";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("safety.concern"))("title") };
}

/** Anyone in a match tells the council's safeguarding team what worries them; a match they are not in is not found. */
export default async function ConcernPage({ params }: { params: Promise<{ matchId: string }> }) {
  await requireSignedIn();
  const matchId = matchIdFrom((await params).matchId);
  const match = await (await api()).match.matchSafety({ matchId });
  const t = await getTranslations("safety.concern");
  const e = (await getTranslations("common"))("errorPrefix");
  return (
    <>
      <BackLink href={`/matches/${matchId}`}>{t("back")}</BackLink>
      <Heading caption={t("caption", { reference: match.needReference, helper: match.helperName })}>{t("title")}</Heading>
      <Body>{t("intro")}</Body>
      <div className="mb-8 border-l-[10px] border-border p-4 text-lg font-bold">{t("emergency")}</div>
      <ActionForm action={raiseConcern} {...await formTitles(t("title"))}>
        <input type="hidden" name="matchId" value={matchId} />
        <FormTextarea id="details" label={t("details")} hint={t("detailsHint")} errorPrefix={e} rows={8} />
        <Button>{t("send")}</Button>
      </ActionForm>
    </>
  );
}
