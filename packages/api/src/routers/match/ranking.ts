import { exclusionsFor, needForRanking, readMatchSettings, suggestHelpers, writeMatchSettings } from "@lgp/match";
import { TRPCError } from "@trpc/server";
import { exclusionsInput, saveMatchSettingsInput, suggestionsInput } from "../../form-inputs";
import { matchAdmin, matchStaff } from "./procedures";

/** Ids are per council: a need or helper from another council's site is, here, none at all. */
function found<T>(value: T | null): T {
  if (value === null) throw new TRPCError({ code: "NOT_FOUND", message: "There is no such request or helper. Choose one from the lists." });
  return value;
}

/** How the council ranks helpers for needs, and the ranked lists its staff work from. */
export const rankingProcedures = {
  /** The council's weights and need expiry, for its admins' matching page. */
  matchSettings: matchAdmin.query(async ({ ctx }) => readMatchSettings(ctx.tx)),

  saveMatchSettings: matchAdmin.input(saveMatchSettingsInput).mutation(async ({ ctx, input }) => {
    const before = await readMatchSettings(ctx.tx);
    await writeMatchSettings(ctx.tx, input);
    await ctx.audit({ action: "match_settings.updated", subject: "Matching", detail: { before, after: input } });
    return input;
  }),

  /** The helpers eligible for a need, best first, with their reasons. */
  suggestions: matchStaff.input(suggestionsInput).query(async ({ ctx, input }) => {
    found(await needForRanking(ctx.tx, input.needId));
    return suggestHelpers(ctx.tx, input.needId, { limit: input.limit });
  }),

  /** Every gate a helper fails for a need: why staff do not see them suggested. */
  exclusions: matchStaff.input(exclusionsInput).query(async ({ ctx, input }) => found(await exclusionsFor(ctx.tx, input.needId, input.helperId))),
};
