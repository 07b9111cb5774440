import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { PlainDocument } from "~/components/plain-document";
import { headerLinks } from "~/server/header-links";

/** Every page reads the database per request; nothing is rendered at build time. */
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const name = (await getTranslations("common"))("platformName");
  return { title: { template: `%s – ${name}`, default: name } };
}

export default async function PlatformLayout({ children }: { children: ReactNode }) {
  return <PlainDocument links={await headerLinks()}>{children}</PlainDocument>;
}
