import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { currentCouncil } from "~/server/api";

/** The match module's pages exist only where the council has it switched on. */
export default async function MatchModule({ children }: { children: ReactNode }) {
  if (!(await currentCouncil()).modules.includes("match")) notFound();
  return children;
}
