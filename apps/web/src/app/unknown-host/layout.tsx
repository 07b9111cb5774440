import type { Metadata } from "next";
import type { ReactNode } from "react";
import { PlainDocument } from "~/components/plain-document";

/** Every page reads the database per request; nothing is rendered at build time. */
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "No council lives at this address" };

export default function UnknownHostLayout({ children }: { children: ReactNode }) {
  return <PlainDocument>{children}</PlainDocument>;
}
