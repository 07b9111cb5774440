import { Body } from "@lgp/ui";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ConfirmCouncilChange, councilFor, type Props } from "./confirm-council-change";

const ARCHIVABLE = ["active", "suspended"];

export async function generateMetadata(props: Props): Promise<Metadata> {
  return { title: (await getTranslations("archiveCouncil"))("title", { name: (await councilFor(props, ARCHIVABLE)).name }) };
}

/** Archiving removes a council's data from the platform, so it is asked for twice. */
export default async function ArchiveConfirmPage(props: Props) {
  const council = await councilFor(props, ARCHIVABLE);
  const t = await getTranslations("archiveCouncil");
  return (
    <ConfirmCouncilChange council={council} action="archive" namespace="archiveCouncil">
      <Body>{t("body", { name: council.name })}</Body>
      <Body>{t("restore")}</Body>
    </ConfirmCouncilChange>
  );
}
