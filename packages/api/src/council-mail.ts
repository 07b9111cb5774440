import { councilSender, type CouncilMail } from "@lgp/councils";
import type { Tx } from "@lgp/db";

/** A council procedure's context, as far as its emails need it. */
interface MailContext {
  tx: Tx;
  scope: CouncilMail["scope"];
  council: Parameters<typeof councilSender>[1];
  origin: { url: string };
}

/** The council's emails for this request: from the council, with links to its registered address. */
export async function councilMail(ctx: MailContext): Promise<CouncilMail> {
  return { scope: ctx.scope, sender: await councilSender(ctx.tx, ctx.council), siteUrl: ctx.origin.url };
}
