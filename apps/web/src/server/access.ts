import "server-only";
import type { Role } from "@lgp/identity";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { signInPath } from "./return-to";
import { currentPerson } from "./session";
import { PATH_HEADER } from "./site-header";

/** The path and query the person asked for, as the proxy saw it (server code sees only the rewritten one). */
export async function requestPath(): Promise<string> {
  return (await headers()).get(PATH_HEADER) ?? "/";
}

/** The signed-in person; anyone else is sent to sign in, and brought back here afterwards. */
export async function requireSignedIn() {
  const person = await currentPerson();
  if (!person) redirect(signInPath(await requestPath()));
  return person;
}

/**
 * The signed-in person holding one of `roles`. Someone signed in without one is told they cannot see
 * the page (403), and whom to ask; the page is not hidden from them, since the console's link and
 * address are no secret. Another council's people are not signed in here at all (sessions are per
 * site), so they are sent to sign in like anyone else.
 */
export async function requireRole(...roles: Role[]) {
  const person = await requireSignedIn();
  if (!person.roles.some((role) => roles.includes(role))) forbidden();
  return person;
}
