import { Body } from "@lgp/ui";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ConfirmCouncilChange, councilFor, type Props } from "./confirm-council-change";

const SUSPENDABLE = ["active"];

export async function generateMetadata(props: Props): Promise<Metadata> {
  return { title: (await getTranslations("suspendCouncil"))("title", { name: (await councilFor(props, SUSPENDABLE)).name }) };
}

/** Suspending shuts a council's site to everyone at once, so the operator is told what it does before it is done. */
export default async function SuspendConfirmPage(props: Props) {
  const council = await councilFor(props, SUSPENDABLE);
  const t = await getTranslations("suspendCouncil");
  return (
    <ConfirmCouncilChange council={council} action="suspend" namespace="suspendCouncil">
      <Body>{t("lead", { name: council.name })}</Body>
      <ul className="mb-4 list-disc pl-5 text-base sm:text-lg" data-testid="suspend-effects">
        <li>{t("site")}</li>
        <li>{t("signIn")}</li>
        <li>{t("jobs")}</li>
      </ul>
      <Body>{t("nothingLost")}</Body>
    </ConfirmCouncilChange>
  );
}
