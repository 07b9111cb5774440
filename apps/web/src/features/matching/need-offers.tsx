import { Body, Button, Heading, Link, SummaryList } from "@lgp/ui";
import { getTranslations } from "next-intl/server";
import { ActionForm, FormTextInput } from "~/features/forms/action-form";
import { api } from "~/server/api";
import { formTitles } from "~/server/page-title";
import { acceptOffer, declineOffer } from "./actions";

/**
 * The offers of help on one request, for its resident (or staff for them): each helper's public name and
 * why they suit, with Accept and Decline as plain forms. `page` is the title of the page it sits on.
 */
export async function NeedOffers({ reference, page }: { reference: string; page: string }) {
  const { offers } = await (await api()).match.offersOfHelp({ reference });
  const t = await getTranslations("matching.offers");
  const titles = await formTitles(page);
  const errorPrefix = (await getTranslations("common"))("errorPrefix");
  const waiting = offers.filter((o) => o.status === "offered");
  const settled = offers.filter((o) => o.status === "accepted" || o.status === "ended");
  return (
    <section aria-labelledby="offers-of-help" id="offers">
      <Heading level={2}>
        <span id="offers-of-help">{t("title")}</span>
      </Heading>
      {settled.map((o) => (
        <Body key={o.matchId}>
          <Link href={`/matches/${o.matchId}`}>{t("seeMatch", { helper: o.helperName })}</Link>
        </Body>
      ))}
      {waiting.length === 0 && settled.length === 0 ? <Body>{t("none")}</Body> : null}
      {waiting.map((o) => (
        <div key={o.matchId} className="mb-8 border-b border-gray-300 pb-4">
          <h3 className="mb-2 text-xl font-bold">{t("from", { helper: o.helperName })}</h3>
          <SummaryList
            rows={[...(o.about ? [{ key: t("about"), value: o.about }] : []), { key: t("reasons"), value: o.reasons.join(" · ") || "–" }]}
          />
          <ActionForm action={acceptOffer} idPrefix={`accept-${o.matchId}-`} {...titles}>
            <input type="hidden" name="matchId" value={o.matchId} />
            <input type="hidden" name="reference" value={reference} />
            <Button>
              {t("accept")}
              <span className="sr-only"> {t("fromHelper", { helper: o.helperName })}</span>
            </Button>
          </ActionForm>
          <ActionForm action={declineOffer} idPrefix={`decline-${o.matchId}-`} {...titles}>
            <input type="hidden" name="matchId" value={o.matchId} />
            <input type="hidden" name="reference" value={reference} />
            <FormTextInput id={`decline-${o.matchId}-reason`} name="reason" label={t("reason", { helper: o.helperName })} hint={t("reasonHint")} errorPrefix={errorPrefix} />
            <Button variant="secondary">
              {t("decline")}
              <span className="sr-only"> {t("fromHelper", { helper: o.helperName })}</span>
            </Button>
          </ActionForm>
        </div>
      ))}
    </section>
  );
}
