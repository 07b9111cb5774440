import { Body, Button, Heading, Link } from "@lgp/ui";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { api } from "~/server/api";
import { changeCouncil } from "./actions";

type Props = { params: Promise<{ slug: string }> };

async function archivableCouncil({ params }: Props) {
  const { slug } = await params;
  const council = (await (await api()).operator.councils()).find((c) => c.slug === slug && (c.status === "active" || c.status === "suspended"));
  if (!council) notFound();
  return council;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  return { title: (await getTranslations("archiveCouncil"))("title", { name: (await archivableCouncil(props)).name }) };
}

/** Archiving removes a council's data from the platform, so it is asked for twice. */
export default async function ArchiveConfirmPage(props: Props) {
  const council = await archivableCouncil(props);
  const t = await getTranslations("archiveCouncil");
  return (
    <>
      <Heading caption={(await getTranslations("operator"))("title")}>{t("title", { name: council.name })}</Heading>
      <Body>{t("body", { name: council.name })}</Body>
      <Body>{t("restore")}</Body>
      <form action={changeCouncil}>
        <input type="hidden" name="slug" value={council.slug} />
        <Button variant="warning" name="action" value="archive">
          {t("confirm", { name: council.name })}
        </Button>
      </form>
      <Body>
        <Link href="/operator">{t("cancel")}</Link>
      </Body>
    </>
  );
}
