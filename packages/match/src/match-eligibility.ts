import { councilSchema, InputError, type Tx } from "@lgp/db";
import { todayInLondon } from "@lgp/time";
import { eq } from "drizzle-orm";
import { exclusions } from "./ranking/gates";
import { loadHelpers, loadNeeds } from "./ranking/load";
import { scorePair, type Scored } from "./ranking/score";
import { readMatchSettings } from "./settings";

const { helpers, needs } = councilSchema;

/**
 * Whether the helper may be put forward for the need now, by the very gates suggestions, the feed and
 * batch assignment use (so no flow lets through a pair the lists would hide): their score and reasons
 * when they may, or a refusal naming every gate they fail.
 */
export async function checkEligible(tx: Tx, needId: number, helperId: number, today: string = todayInLondon().toString()): Promise<Scored> {
  const [need] = await loadNeeds(tx, eq(needs.id, needId));
  if (!need) throw new InputError("This request could not be found. It may have been removed.");
  const [helper] = await loadHelpers(tx, eq(helpers.id, helperId), today, [need]);
  if (!helper) throw new InputError("This helper could not be found.");
  const failed = exclusions(need, helper, today);
  if (failed.length > 0) throw new InputError(`${helper.publicName} cannot be put forward for this request: ${failed.map((f) => lowerFirst(f.reason)).join("; ")}.`);
  return scorePair(need, helper, await readMatchSettings(tx), today);
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
