import type { Metadata } from "next";
import type { ReactNode } from "react";
import { PlainDocument } from "~/components/plain-document";

/** Every page reads the database per request; nothing is rendered at build time. */
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: { template: "%s – Local Government as a Platform", default: "Local Government as a Platform" } };

export default function PlatformLayout({ children }: { children: ReactNode }) {
  return <PlainDocument>{children}</PlainDocument>;
}
