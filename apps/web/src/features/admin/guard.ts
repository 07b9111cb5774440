import "server-only";
import { requireRole } from "~/server/access";
import { currentCouncil } from "~/server/api";

/** The admin console: the council's own site, a council admin signed in (see requireRole for everyone else). */
export async function requireCouncilAdmin() {
  const council = await currentCouncil();
  const person = await requireRole("council_admin");
  return { council, person };
}
