import "server-only";
import { notFound, redirect } from "next/navigation";
import { currentPerson } from "~/server/session";

/** Console pages: the platform host, an operator signed in. Others are sent to sign in, or see nothing. */
export async function requireOperator() {
  const person = await currentPerson();
  if (!person) redirect("/sign-in");
  if (!person.roles.includes("platform_operator")) notFound();
  return person;
}
