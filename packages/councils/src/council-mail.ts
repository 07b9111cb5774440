import { withPlatform, type Database, type Scope, type Tx } from "@lgp/db";
import { councilAddress } from "./addresses";
import { listCouncils, type Council } from "./registry";
import { councilSender } from "./site-settings";

/*
 * What a module's scheduled jobs read from the platform's registry, before a council's own transaction
 * opens (the embedded database has one connection): which councils to work for, and what a council's
 * emails need. Every module's jobs read it here.
 */

/** What a council's emails need: its scope, how it signs them, and its site's registered address for links. */
export interface CouncilMail {
  scope: Scope;
  sender: Awaited<ReturnType<typeof councilSender>>;
  siteUrl: string;
}

/** The active councils that have `module` switched on: a scheduled job's round. */
export async function activeCouncilsWith(database: Database, module: string): Promise<Council[]> {
  return (await withPlatform(database, listCouncils)).filter((c) => c.status === "active" && c.modules.includes(module));
}

/** How the council a job's scope names sends its emails, once its transaction is open; null when it is gone. */
export async function councilMailOf(database: Database, scope: Scope): Promise<((tx: Tx) => Promise<CouncilMail>) | null> {
  const council = (await withPlatform(database, listCouncils)).find((c) => `council:${c.slug}` === scope.name);
  return council ? async (tx) => ({ scope, sender: await councilSender(tx, council), siteUrl: councilAddress(council) }) : null;
}
