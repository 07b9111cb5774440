import { councilSchema, readSetting, writeSetting, type Tx } from "@lgp/db";
import { z } from "zod";

/**
 * How a council weighs what makes one eligible helper a better suggestion than another (each 0 to 10,
 * 0 leaving it out), and how long a need waits unmet before it expires and is counted as unmet demand.
 */
export const matchSettingsInput = z.strictObject({
  distance: weight("closeness"),
  availability: weight("matching availability"),
  continuity: weight("helping the resident before"),
  fairLoad: weight("spreading work fairly"),
  language: weight("speaking the resident's language"),
  needExpiryDays: z
    .number({ error: "Enter the number of days, like 28" })
    .int({ error: "Enter a whole number of days, like 28" })
    .min(1, { error: "Needs must wait at least 1 day before they expire" })
    .max(365, { error: "Needs must expire within 365 days" }),
});
export type MatchSettings = z.output<typeof matchSettingsInput>;

function weight(what: string) {
  return z
    .number({ error: `Enter a weight for ${what}, from 0 to 10` })
    .int({ error: `Enter a whole number for ${what}, from 0 to 10` })
    .min(0, { error: `Enter a weight for ${what} of 0 or more` })
    .max(10, { error: `Enter a weight for ${what} of 10 or less` });
}

export const DEFAULT_MATCH_SETTINGS: MatchSettings = { distance: 5, availability: 3, continuity: 3, fairLoad: 2, language: 2, needExpiryDays: 28 };

const KEY = "match";

/** The council's settings, each missing or unreadable one at its default. */
export async function readMatchSettings(tx: Tx): Promise<MatchSettings> {
  const stored = (await readSetting(tx, councilSchema.settings, KEY)) ?? {};
  const merged = { ...DEFAULT_MATCH_SETTINGS, ...stored };
  const parsed = matchSettingsInput.safeParse(merged);
  return parsed.success ? parsed.data : DEFAULT_MATCH_SETTINGS;
}

export async function writeMatchSettings(tx: Tx, settings: MatchSettings): Promise<void> {
  await writeSetting(tx, councilSchema.settings, KEY, matchSettingsInput.parse(settings));
}
