import "server-only";
import { notFound, redirect } from "next/navigation";
import { currentPerson } from "~/server/session";
import { currentSite } from "~/server/site";

/** Console pages: the platform host, an operator signed in. Others are sent to sign in, or see nothing. */
export async function requireOperator() {
  const site = await currentSite();
  const person = await currentPerson(site);
  if (!person) redirect("/sign-in");
  if (!person.roles.includes("platform_operator")) notFound();
  return person;
}
