import { councilSender, type Site } from "@lgp/councils";
import type { Tx } from "@lgp/db";
import type { Sender } from "@lgp/email";

const PLATFORM_SENDER: Sender = { name: "Local Government as a Platform", brandColour: "#1d4f91", brandTextColour: "#ffffff" };

/** Emails from a council's site come from the council as its admin set it up; the platform's from the platform. */
export function senderFor(tx: Tx, site: Site): Promise<Sender> {
  return site.kind === "council" ? councilSender(tx, site.council) : Promise.resolve(PLATFORM_SENDER);
}
