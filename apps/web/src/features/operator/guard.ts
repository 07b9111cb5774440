import "server-only";
import { notFound } from "next/navigation";
import { requireRole } from "~/server/access";
import { currentSite } from "~/server/site";

/** The operator console: the platform's own host, an operator signed in (see requireRole for everyone else). */
export async function requireOperator() {
  if ((await currentSite()).kind !== "platform") notFound();
  return requireRole("platform_operator");
}
