import { Body, Heading } from "@lgp/ui";
import { getTranslations } from "next-intl/server";
import { AdminNav } from "./admin-nav";
import { requireCouncilAdmin } from "./guard";

export default async function AdminHome() {
  const { council } = await requireCouncilAdmin();
  const t = await getTranslations("admin");
  return (
    <>
      <Heading caption={council.name}>{t("title")}</Heading>
      <AdminNav current="home" />
      <Body>{t("intro")}</Body>
    </>
  );
}
