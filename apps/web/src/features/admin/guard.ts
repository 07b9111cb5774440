import "server-only";
import { notFound, redirect } from "next/navigation";
import { currentCouncil } from "~/server/api";
import { currentPerson } from "~/server/session";

/** Admin pages: the council's own site, a council admin signed in. Others are sent to sign in, or see nothing. */
export async function requireCouncilAdmin() {
  const council = await currentCouncil();
  const person = await currentPerson();
  if (!person) redirect("/sign-in");
  if (!person.roles.includes("council_admin")) notFound();
  return { council, person };
}
