import { Body, Heading } from "@lgp/ui";
import { getTranslations } from "next-intl/server";
import { unavailableCouncil } from "~/server/site";

/** A suspended (or not yet open) council's site; the proxy answers it with a 503 status. */
export default async function Unavailable() {
  const council = await unavailableCouncil();
  const t = await getTranslations("unavailable");
  return (
    <>
      <Heading>{t("title")}</Heading>
      <Body>{t("body", { council: council.name })}</Body>
      <Body>{t("later")}</Body>
    </>
  );
}
