import "server-only";
import { cookies, headers } from "next/headers";

/**
 * Without JavaScript a refused form comes back as the whole page, drawn on the server after the action,
 * and its title must say "Error: …" too; but titles come from metadata, which cannot see what the action
 * answered. Next hands the action's cookies to the render that follows, so the action leaves this one,
 * expired at once: the browser keeps nothing. Where JavaScript posted the form (Next's fetch names the
 * action in a header) the error summary titles the page itself, and no page is drawn again.
 */
const REFUSED = "lgp-form-refused";

export async function noteRefusedForm(): Promise<void> {
  if ((await headers()).has("next-action")) return;
  (await cookies()).set(REFUSED, "1", { maxAge: 0, path: "/", httpOnly: true, sameSite: "lax" });
}

export async function formWasRefused(): Promise<boolean> {
  return (await cookies()).has(REFUSED);
}
