import { matchSettingsInput } from "@lgp/match";
import { z } from "zod";

const id = (what: string) => z.number({ error: `Choose a ${what} from the list` }).int({ error: `Choose a ${what} from the list` });

/** The council's matching weights and need expiry, as the admin page's form sends them. */
export const saveMatchSettingsInput = matchSettingsInput;

export const suggestionsInput = z.strictObject({
  needId: id("request"),
  limit: z.number({ error: "Ask for between 1 and 100 suggestions" }).int().min(1).max(100).optional(),
});

/** Why one helper is not suggested for one need. */
export const exclusionsInput = z.strictObject({ needId: id("request"), helperId: id("helper") });
