import { Body, Heading, Link } from "@lgp/ui";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { requireSignedIn } from "~/server/access";
import { api } from "~/server/api";
import { matchIdFrom } from "./match-id";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("safety.concern"))("sentTitle") };
}

/** The confirmation, with the case reference the person has also been emailed. */
export default async function ConcernSentPage({ params, searchParams }: { params: Promise<{ matchId: string }>; searchParams: Promise<{ reference?: string }> }) {
  await requireSignedIn();
  const matchId = matchIdFrom((await params).matchId);
  await (await api()).match.matchSafety({ matchId });
  const { reference = "" } = await searchParams;
  if (!/^SG-[0-9A-Z]{4}-[0-9A-Z]{4}$/.test(reference)) notFound();
  const t = await getTranslations("safety.concern");
  return (
    <>
      <div className="mb-8 bg-[#00703c] p-6 text-center text-white">
        <h1 className="mb-4 text-3xl font-bold sm:text-5xl">{t("sentTitle")}</h1>
        <p className="text-xl sm:text-2xl">
          {t("sentReference")}
          <br />
          <strong data-testid="concern-reference">{reference}</strong>
        </p>
      </div>
      <Heading level={2}>{t("sentNext")}</Heading>
      <Body>{t("sentNextText")}</Body>
      <Body>
        <Link href={`/matches/${matchId}`}>{t("sentBack")}</Link>
      </Body>
    </>
  );
}
