import { BackLink, Body, Button, Heading, Link, SummaryList, Tag, type TagColour } from "@lgp/ui";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "~/features/forms/action-form";
import { matchIdFrom } from "~/features/safety/match-id";
import { requireSignedIn } from "~/server/access";
import { api, currentCouncil } from "~/server/api";
import { formTitles } from "~/server/page-title";
import { stepMatch } from "./actions";
import { needWhen } from "./need-when";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("matching.match"))("title") };
}

const colours: Record<string, TagColour> = { offered: "yellow", accepted: "green", declined: "grey", withdrawn: "grey", on_hold: "red", ended: "blue" };

/**
 * One match, for its resident, the helper's people and staff (anyone else is told it is not there). The
 * two sides' contact details show only once the resident has accepted.
 */
export default async function MatchPage({ params }: { params: Promise<{ matchId: string }> }) {
  await requireSignedIn();
  const match = await (await api()).match.matchDetails({ matchId: matchIdFrom((await params).matchId) });
  const t = await getTranslations("matching.match");
  const n = await getTranslations("needs");
  const { need, contacts, viewer } = match;
  const canStart = match.status === "accepted" && need.status === "matched";
  const canFinish = match.status === "accepted" && need.status === "in_progress";
  const canWithdraw = viewer.helper && (match.status === "offered" || match.status === "accepted");
  // Staff turn an accepted match into booked sessions where the council books.
  const canBook = viewer.staff && match.status === "accepted" && (await currentCouncil()).modules.includes("booking");
  return (
    <>
      <BackLink href={viewer.resident ? `/requests/${need.reference}` : viewer.helper ? "/helping/needs" : `/staff/needs/${need.reference}`}>{t("back")}</BackLink>
      <Heading caption={t("caption", { reference: need.reference })}>{t("heading", { category: need.categoryName })}</Heading>
      <Body>
        <Tag colour={colours[match.status] ?? "grey"}>{t(`status.${match.status}`)}</Tag>
      </Body>
      <h2 className="mb-4 mt-8 text-2xl font-bold">{t("request")}</h2>
      <SummaryList
        rows={[
          { key: t("what"), value: need.description },
          { key: t("where"), value: need.wardName ? t("wardAndDistrict", { ward: need.wardName, district: need.district }) : need.district },
          { key: t("when"), value: await needWhen(need.times, need.dates) },
          { key: t("urgency"), value: n(`urgency.${need.urgency}`) },
          { key: t("requestStatus"), value: n(`status.${need.status}`) },
        ]}
      />
      <h2 className="mb-4 mt-8 text-2xl font-bold">{t("helper")}</h2>
      <SummaryList
        rows={[
          { key: t("helperName"), value: match.helper.publicName },
          ...(match.helper.about ? [{ key: t("about"), value: match.helper.about }] : []),
          ...(match.reasons.length > 0 ? [{ key: t("reasons"), value: match.reasons.join(" · ") }] : []),
        ]}
      />
      <h2 className="mb-4 mt-8 text-2xl font-bold">{t("contactDetails")}</h2>
      {contacts ? (
        <SummaryList
          rows={[
            { key: t("residentName"), value: contacts.resident.name || "–" },
            { key: t("residentEmail"), value: contacts.resident.email },
            { key: t("residentPostcode"), value: contacts.resident.postcode },
            { key: t("helperContacts"), value: contacts.helper.map((p) => (p.name ? `${p.name}, ${p.email}` : p.email)).join("; ") },
          ]}
        />
      ) : (
        <Body>{t("contactsLater")}</Body>
      )}
      {canStart || canFinish || canWithdraw ? (
        <ActionForm action={stepMatch} {...await formTitles(t("title"))}>
          <input type="hidden" name="matchId" value={match.id} />
          <div id="steps" className="flex flex-wrap gap-4">
            {canStart ? (
              <Button name="step" value="start">
                {t("start")}
              </Button>
            ) : null}
            {canFinish ? (
              <Button name="step" value="finish">
                {t("finish")}
              </Button>
            ) : null}
            {canWithdraw ? (
              <Button name="step" value="withdraw" variant="secondary">
                {t("withdraw")}
              </Button>
            ) : null}
          </div>
        </ActionForm>
      ) : null}
      {canBook ? (
        <Body>
          <Link href={`/matches/${match.id}/book`}>{t("bookSessions")}</Link>
        </Body>
      ) : null}
      <Body>
        <Link href={`/matches/${match.id}/concern`}>{t("concern")}</Link>
      </Body>
      {(viewer.resident || viewer.staff) && match.status === "ended" ? (
        <Body>
          <Link href={`/matches/${match.id}/rating`}>{t("rating")}</Link>
        </Body>
      ) : null}
    </>
  );
}
