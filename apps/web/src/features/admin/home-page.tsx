import { Body, Heading } from "@lgp/ui";
import { getTranslations } from "next-intl/server";
import { currentCouncil } from "~/server/api";
import { titled } from "~/server/page-title";

export const generateMetadata = () => titled("admin");

export default async function AdminHome() {
  const council = await currentCouncil();
  const t = await getTranslations("admin");
  return (
    <>
      <Heading caption={council.name}>{t("title")}</Heading>
      <Body>{t("intro")}</Body>
    </>
  );
}
