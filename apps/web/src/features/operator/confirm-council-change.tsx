import { Body, Button, Heading, Link } from "@lgp/ui";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { api } from "~/server/api";
import { changeCouncil } from "./actions";

export type Props = { params: Promise<{ slug: string }> };

/** The council a confirmation page is about, if its status allows the change; otherwise there is no such page. */
export async function councilFor({ params }: Props, statuses: readonly string[]) {
  const { slug } = await params;
  const council = (await (await api()).operator.councils()).find((c) => c.slug === slug && statuses.includes(c.status));
  if (!council) notFound();
  return council;
}

/**
 * A change that shuts or removes a council's site, asked for on a page of its own: what it does
 * (`children`), a warning button that makes it, and a way back. `namespace` holds the page's words.
 */
export async function ConfirmCouncilChange(props: { council: { slug: string; name: string }; action: "suspend" | "archive"; namespace: string; children: ReactNode }) {
  const { council, action, namespace, children } = props;
  const t = await getTranslations(namespace);
  return (
    <>
      <Heading caption={(await getTranslations("operator"))("title")}>{t("title", { name: council.name })}</Heading>
      {children}
      <form action={changeCouncil}>
        <input type="hidden" name="slug" value={council.slug} />
        <Button variant="warning" name="action" value={action}>
          {t("confirm", { name: council.name })}
        </Button>
      </form>
      <Body>
        <Link href="/operator">{t("cancel")}</Link>
      </Body>
    </>
  );
}
