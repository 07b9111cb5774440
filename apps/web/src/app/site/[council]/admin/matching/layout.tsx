import type { ReactNode } from "react";
import { requireModule } from "~/server/module-gate";

/** The match module's admin pages: not there (404) where the council has it switched off. */
export default async function MatchAdmin({ children }: { children: ReactNode }) {
  await requireModule("match");
  return children;
}
