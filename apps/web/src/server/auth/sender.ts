import type { Site } from "@lgp/councils";
import type { Sender } from "@lgp/email";

export const PLATFORM_SENDER: Sender = { name: "Local Government as a Platform", brandColour: "#1d4f91", brandTextColour: "#ffffff" };

/** Emails from a council's site carry its name and colours; the platform's carry the platform's. */
export function senderFor(site: Site): Sender {
  return site.kind === "council" ? { name: site.council.name, brandColour: site.council.brandColour, brandTextColour: site.council.brandTextColour } : PLATFORM_SENDER;
}
