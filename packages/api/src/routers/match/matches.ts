import { holdsStaffRole } from "@lgp/identity";
import {
  acceptOffer,
  ANOTHER_HELPER_CHOSEN,
  declineOffer,
  finishHelp,
  helpersActedForBy,
  matchForViewer,
  needsForHelper,
  offersForNeed,
  offerToHelp,
  proposeBatch,
  proposeHelper,
  sendBatch,
  startHelp,
  withdrawOfferToHelp,
  type Match,
} from "@lgp/match";
import { TRPCError } from "@trpc/server";
import { councilMail } from "../../council-mail";
import { declineOfferInput, matchIdInput, offersOfHelpInput, offerToHelpInput, proposeHelperInput, sendBatchInput } from "../../form-inputs";
import { matchSignedIn, matchStaff } from "./procedures";

/** Ids are per council, and a match the caller is not part of is, to them, no match at all. */
function found<T>(value: T | null): T {
  if (!value) throw new TRPCError({ code: "NOT_FOUND", message: "There is no such match or request. Check the link and try again." });
  return value;
}



const described = (m: Match) => ({ matchId: m.id, needId: m.needId, helperId: m.helperId, status: m.status });

/** Helpers offering to help, residents answering, the help going ahead, and staff putting helpers forward. */
export const matchProcedures = {
  /** For each helper the caller acts for, the needs it could meet now, nearest first, without the residents' identities. */
  helpFeed: matchSignedIn.query(async ({ ctx }) => {
    const acting = await helpersActedForBy(ctx.tx, ctx.person.id);
    const feeds = await Promise.all(acting.map(async (h) => ({ helperId: h.id, publicName: h.publicName, status: h.status, paused: h.pausedAt !== null, needs: await needsForHelper(ctx.tx, h.id) })));
    // What a resident asked for, read by a helper, is a view of their need like any other: audited.
    const shown = feeds.flatMap((feed) => feed.needs.map((need) => need.reference));
    if (shown.length > 0) await ctx.audit({ action: "need.viewed", subject: `help feed (${shown.length})`, detail: { references: shown, helperIds: feeds.map((feed) => feed.helperId) } });
    return feeds;
  }),

  offerToHelp: matchSignedIn.input(offerToHelpInput).mutation(async ({ ctx, input }) => {
    const match = found(await offerToHelp(ctx.tx, await councilMail(ctx), { ...input, actorId: ctx.person.id }));
    await ctx.audit({ action: "match.offered", subject: `match ${match.id}`, detail: described(match) });
    return match;
  }),

  withdrawOfferToHelp: matchSignedIn.input(matchIdInput).mutation(async ({ ctx, input }) => {
    const match = found(await withdrawOfferToHelp(ctx.tx, { matchId: input.matchId, actorId: ctx.person.id }));
    await ctx.audit({ action: "match.withdrawn", subject: `match ${match.id}`, detail: described(match) });
    return match;
  }),

  /** The offers on a request, for its resident or staff. */
  offersOfHelp: matchSignedIn.input(offersOfHelpInput).query(async ({ ctx, input }) =>
    found(await offersForNeed(ctx.tx, input.reference, { personId: ctx.person.id, asStaff: holdsStaffRole(ctx.person.roles) })),
  ),

  acceptOfferOfHelp: matchSignedIn.input(matchIdInput).mutation(async ({ ctx, input }) => {
    const { match, declinedIds } = found(await acceptOffer(ctx.tx, await councilMail(ctx), { matchId: input.matchId, actorId: ctx.person.id, asStaff: holdsStaffRole(ctx.person.roles) }));
    await ctx.audit({ action: "match.accepted", subject: `match ${match.id}`, detail: { ...described(match), alsoDeclined: declinedIds, alsoDeclinedReason: ANOTHER_HELPER_CHOSEN } });
    return match;
  }),

  declineOfferOfHelp: matchSignedIn.input(declineOfferInput).mutation(async ({ ctx, input }) => {
    const match = found(await declineOffer(ctx.tx, await councilMail(ctx), { matchId: input.matchId, actorId: ctx.person.id, asStaff: holdsStaffRole(ctx.person.roles), reason: input.reason }));
    await ctx.audit({ action: "match.declined", subject: `match ${match.id}`, detail: { ...described(match), reason: input.reason } });
    return match;
  }),

  startHelp: matchSignedIn.input(matchIdInput).mutation(async ({ ctx, input }) => {
    const match = found(await startHelp(ctx.tx, { matchId: input.matchId, actorId: ctx.person.id, asStaff: holdsStaffRole(ctx.person.roles) }));
    await ctx.audit({ action: "match.started", subject: `match ${match.id}`, detail: described(match) });
    return match;
  }),

  finishHelp: matchSignedIn.input(matchIdInput).mutation(async ({ ctx, input }) => {
    const match = found(await finishHelp(ctx.tx, { matchId: input.matchId, actorId: ctx.person.id, asStaff: holdsStaffRole(ctx.person.roles) }));
    await ctx.audit({ action: "match.finished", subject: `match ${match.id}`, detail: described(match) });
    return match;
  }),

  /** A match's page, for its resident, the helper's people and staff. A view by staff or the helper's side is a view of the resident's need, and audited. */
  matchDetails: matchSignedIn.input(matchIdInput).query(async ({ ctx, input }) => {
    const view = found(await matchForViewer(ctx.tx, input.matchId, { personId: ctx.person.id, asStaff: holdsStaffRole(ctx.person.roles) }));
    if (!view.viewer.resident) await ctx.audit({ action: "need.viewed", subject: view.need.reference, detail: { needId: view.need.id, matchId: view.id } });
    return view;
  }),

  proposeHelper: matchStaff.input(proposeHelperInput).mutation(async ({ ctx, input }) => {
    const match = found(await proposeHelper(ctx.tx, await councilMail(ctx), { ...input, actorId: ctx.person.id }));
    await ctx.audit({ action: "match.proposed", subject: `match ${match.id}`, detail: described(match) });
    return match;
  }),

  /** The best assignment of the council's open needs to helpers now, for staff to review: nothing is written or sent. */
  batchProposal: matchStaff.query(async ({ ctx }) => proposeBatch(ctx.tx)),

  /** Sends reviewed pairings as staff proposals, each checked again as it is made. */
  sendBatch: matchStaff.input(sendBatchInput).mutation(async ({ ctx, input }) => {
    const result = await sendBatch(ctx.tx, await councilMail(ctx), { pairs: input.pairs, actorId: ctx.person.id });
    await ctx.audit({ action: "match.batch_sent", subject: `${result.sent.length} proposals`, detail: { sent: result.sent, skipped: result.skipped } });
    return result;
  }),
};
