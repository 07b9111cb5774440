import type { ReactNode } from "react";
import { requireModule } from "~/server/module-gate";

/** The admins' bookable things: not there (404) where the council has booking switched off. */
export default async function BookablesAdmin({ children }: { children: ReactNode }) {
  await requireModule("booking");
  return children;
}
