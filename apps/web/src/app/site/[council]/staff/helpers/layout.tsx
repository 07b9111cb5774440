import type { ReactNode } from "react";
import { requireModule } from "~/server/module-gate";

export default async function MatchModule({ children }: { children: ReactNode }) {
  await requireModule("match");
  return children;
}
