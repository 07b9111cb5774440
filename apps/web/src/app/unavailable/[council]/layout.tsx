import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { PlainDocument } from "~/components/plain-document";

/** Every page reads the database per request; nothing is rendered at build time. */
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("unavailable"))("title") };
}

export default function UnavailableLayout({ children }: { children: ReactNode }) {
  return <PlainDocument>{children}</PlainDocument>;
}
