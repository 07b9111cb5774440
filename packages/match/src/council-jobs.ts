import { councilAddress, councilSender, listCouncils, type Council } from "@lgp/councils";
import { withPlatform, type Database, type Scope, type Tx } from "@lgp/db";
import type { MatchMail } from "./matches";

/*
 * What the match module's jobs read from the platform's registry, before a council's own transaction
 * opens (the embedded database has one connection): which councils to work for, and what a council's
 * emails need.
 */

/** The active councils that have the match module on: a scheduled job's round. */
export async function matchCouncils(database: Database): Promise<Council[]> {
  return (await withPlatform(database, listCouncils)).filter((c) => c.status === "active" && c.modules.includes("match"));
}

/** How the council a job's scope names sends its emails, once its transaction is open; null when it is gone. */
export async function councilMailOf(database: Database, scope: Scope): Promise<((tx: Tx) => Promise<MatchMail>) | null> {
  const council = (await withPlatform(database, listCouncils)).find((c) => `council:${c.slug}` === scope.name);
  return council ? async (tx) => ({ scope, sender: await councilSender(tx, council), siteUrl: councilAddress(council) }) : null;
}
