import { Body, Button, Heading, Link } from "@lgp/ui";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { api } from "~/server/api";
import { changeCouncil } from "./actions";

type Props = { params: Promise<{ slug: string }> };

async function activeCouncil({ params }: Props) {
  const { slug } = await params;
  const council = (await (await api()).operator.councils()).find((c) => c.slug === slug && c.status === "active");
  if (!council) notFound();
  return council;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  return { title: (await getTranslations("suspendCouncil"))("title", { name: (await activeCouncil(props)).name }) };
}

/** Suspending shuts a council's site to everyone at once, so the operator is told what it does before it is done. */
export default async function SuspendConfirmPage(props: Props) {
  const council = await activeCouncil(props);
  const t = await getTranslations("suspendCouncil");
  return (
    <>
      <Heading caption={(await getTranslations("operator"))("title")}>{t("title", { name: council.name })}</Heading>
      <Body>{t("lead", { name: council.name })}</Body>
      <ul className="mb-4 list-disc pl-5 text-base sm:text-lg" data-testid="suspend-effects">
        <li>{t("site")}</li>
        <li>{t("signIn")}</li>
        <li>{t("jobs")}</li>
      </ul>
      <Body>{t("nothingLost")}</Body>
      <form action={changeCouncil}>
        <input type="hidden" name="slug" value={council.slug} />
        <Button variant="warning" name="action" value="suspend">
          {t("confirm", { name: council.name })}
        </Button>
      </form>
      <Body>
        <Link href="/operator">{t("cancel")}</Link>
      </Body>
    </>
  );
}
