import { Body, Link } from "@lgp/ui";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { requireRole } from "~/server/access";
import { Panel } from "./panel";

export async function generateMetadata() {
  return { title: (await getTranslations("needs.done"))("title") };
}

/** After staff or a referrer asks for help for a resident: the reference to give the resident. */
export default async function NewNeedSentPage({ searchParams }: { searchParams: Promise<{ reference?: string }> }) {
  await requireRole("council_admin", "council_staff", "referrer");
  const { reference } = await searchParams;
  if (!reference || !/^HN-[0-9A-Z]{4}-[0-9A-Z]{4}$/.test(reference)) notFound();
  const t = await getTranslations("needs.staff");
  const done = await getTranslations("needs.done");
  return (
    <>
      <Panel title={t("created", { reference })} label={done("reference")} reference={reference} />
      <Body>{t("createdBody")}</Body>
      <Body>
        <Link href="/staff/needs/new">{t("new")}</Link>
      </Body>
    </>
  );
}
