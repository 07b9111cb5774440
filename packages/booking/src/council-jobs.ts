import { councilAddress, councilSender, listCouncils, type Council } from "@lgp/councils";
import { withPlatform, type Database, type Scope, type Tx } from "@lgp/db";
import type { Sender } from "@lgp/email";

/*
 * What the booking module's jobs read from the platform's registry, before a council's own transaction
 * opens (the embedded database has one connection): which councils to work for, and what a council's
 * emails need. The match module reads the same for its jobs.
 */

/** What a council's booking emails need: its scope, how it signs them, and its site's address for links. */
export interface BookingMail {
  scope: Scope;
  sender: Sender;
  siteUrl: string;
}

/** The active councils that have the booking module on: a scheduled job's round. */
export async function bookingCouncils(database: Database): Promise<Council[]> {
  return (await withPlatform(database, listCouncils)).filter((c) => c.status === "active" && c.modules.includes("booking"));
}

/** How the council a job's scope names sends its emails, once its transaction is open; null when it is gone. */
export async function councilMailOf(database: Database, scope: Scope): Promise<((tx: Tx) => Promise<BookingMail>) | null> {
  const council = (await withPlatform(database, listCouncils)).find((c) => `council:${c.slug}` === scope.name);
  return council ? async (tx) => ({ scope, sender: await councilSender(tx, council), siteUrl: councilAddress(council) }) : null;
}
