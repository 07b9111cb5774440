import { Body, Heading } from "@lgp/ui";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { registry } from "~/server/registry";

/** A suspended (or not yet open) council's site; the proxy answers it with a 503 status. */
export default async function Unavailable({ params }: { params: Promise<{ council: string }> }) {
  const council = await (await registry()).council((await params).council);
  if (!council) notFound();
  const t = await getTranslations("unavailable");
  return (
    <>
      <Heading>{t("title")}</Heading>
      <Body>{t("body", { council: council.name })}</Body>
      <Body>{t("later")}</Body>
    </>
  );
}
