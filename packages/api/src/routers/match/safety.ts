import { holdsStaffRole } from "@lgp/identity";
import { addConcernNote, closeConcern, concernCase, listConcerns, matchForSafety, pauseHelper, raiseConcern, rateHelp, resumeHelper, type Viewer } from "@lgp/match";
import { holdHelperBookings, resumeHelperBookings } from "@lgp/booking";
import { Temporal } from "@lgp/time";
import { TRPCError } from "@trpc/server";
import { councilMail } from "../../council-mail";
import { closeConcernInput, concernNoteInput, concernQueueInput, concernReferenceInput, matchSafetyInput, pauseHelperInput, raiseConcernInput, rateHelpInput, resumeHelperInput } from "../../form-inputs";
import type { Person } from "../../context";
import { matchSafeguarding, matchSignedIn } from "./procedures";

/** A match the caller is not in, or a case another council holds, is to them no such thing. */
function found<T>(thing: T | null, what: "match" | "concern" | "helper"): T {
  const messages = {
    match: "There is no such match. Choose one from your requests or your helping page.",
    concern: "There is no concern with that reference. Choose one from the safeguarding queue.",
    helper: "This case has no such helper. Go back to the case and try again.",
  };
  if (!thing) throw new TRPCError({ code: "NOT_FOUND", message: messages[what] });
  return thing;
}

const viewerOf = (person: Person): Viewer => ({ personId: person.id, asStaff: holdsStaffRole(person.roles) });


/** Concerns, the safeguarding queue and its cases, pausing helpers, and ratings. */
export const safetyProcedures = {
  /** The match as its concern and rating pages show it, to someone in it. */
  matchSafety: matchSignedIn.input(matchSafetyInput).query(async ({ ctx, input }) => found(await matchForSafety(ctx.tx, input.matchId, viewerOf(ctx.person)), "match")),

  /** Anyone in a match tells the council's safeguarding team something worries them. */
  raiseConcern: matchSignedIn.input(raiseConcernInput).mutation(async ({ ctx, input }) => {
    const raised = found(await raiseConcern(ctx.tx, await councilMail(ctx), { matchId: input.matchId, raisedBy: viewerOf(ctx.person), details: input.details }), "match");
    await ctx.audit({ action: "concern.raised", subject: raised.reference, detail: { matchId: input.matchId } });
    return raised;
  }),

  /** The safeguarding queue: open concerns, longest waiting first, or closed ones. */
  concerns: matchSafeguarding.input(concernQueueInput).query(async ({ ctx, input }) => listConcerns(ctx.tx, input.status)),

  /** One case, with the match, the helper, the need's reference and the notes; every look is audited. */
  concern: matchSafeguarding.input(concernReferenceInput).query(async ({ ctx, input }) => {
    const kase = found(await concernCase(ctx.tx, input.reference), "concern");
    await ctx.audit({ action: "concern.viewed", subject: kase.reference, detail: { matchId: kase.match.id, need: kase.need.reference } });
    return kase;
  }),

  addConcernNote: matchSafeguarding.input(concernNoteInput).mutation(async ({ ctx, input }) => {
    const concern = found(await addConcernNote(ctx.tx, { reference: input.reference, authorId: ctx.person.id, note: input.note }), "concern");
    await ctx.audit({ action: "concern.noted", subject: concern.reference, detail: { matchId: concern.matchId } });
    return { reference: concern.reference };
  }),

  closeConcern: matchSafeguarding.input(closeConcernInput).mutation(async ({ ctx, input }) => {
    const concern = found(await closeConcern(ctx.tx, { reference: input.reference, closedBy: ctx.person.id, outcome: input.outcome }), "concern");
    await ctx.audit({ action: "concern.closed", subject: concern.reference, detail: { matchId: concern.matchId } });
    return { reference: concern.reference };
  }),

  /** Pauses the case's helper: their matches go on hold and they leave every feed, suggestion and directory. */
  pauseHelper: matchSafeguarding.input(pauseHelperInput).mutation(async ({ ctx, input }) => {
    const kase = found(await concernCase(ctx.tx, input.reference), "concern");
    if (kase.helper.id !== input.helperId) found(null, "helper");
    const mail = await councilMail(ctx);
    const { held } = found(await pauseHelper(ctx.tx, mail, { helperId: input.helperId, reason: input.reason }), "helper");
    // Their future bookings go on hold in the same transaction, where the council books: the pause is one change.
    const heldBookings = ctx.council.modules.includes("booking") ? await holdHelperBookings(ctx.tx, mail, input.helperId, Temporal.Now.instant()) : [];
    await ctx.audit({ action: "helper.paused", subject: kase.helper.publicName, detail: { helperId: input.helperId, concern: kase.reference, reason: input.reason, held: held.map((m) => m.id), heldBookings: heldBookings.map((b) => b.id) } });
    return { held: held.length, heldBookings: heldBookings.length };
  }),

  /** Lifts the pause on the case's helper: their matches on hold return to where they were. */
  resumeHelper: matchSafeguarding.input(resumeHelperInput).mutation(async ({ ctx, input }) => {
    const kase = found(await concernCase(ctx.tx, input.reference), "concern");
    if (kase.helper.id !== input.helperId) found(null, "helper");
    const mail = await councilMail(ctx);
    const { resumed } = found(await resumeHelper(ctx.tx, mail, { helperId: input.helperId }), "helper");
    const resumedBookings = ctx.council.modules.includes("booking") ? await resumeHelperBookings(ctx.tx, mail, input.helperId, Temporal.Now.instant()) : [];
    await ctx.audit({ action: "helper.resumed", subject: kase.helper.publicName, detail: { helperId: input.helperId, concern: kase.reference, resumed: resumed.map((m) => m.id), resumedBookings: resumedBookings.map((b) => b.id) } });
    return { resumed: resumed.length, resumedBookings: resumedBookings.length };
  }),

  /** The resident (or staff for them) rates help that is done, once. */
  rateHelp: matchSignedIn.input(rateHelpInput).mutation(async ({ ctx, input }) => {
    const rating = found(await rateHelp(ctx.tx, { matchId: input.matchId, rater: viewerOf(ctx.person), stars: input.stars, comment: input.comment }), "match");
    await ctx.audit({ action: "rating.left", subject: `match ${input.matchId}`, detail: { matchId: input.matchId, stars: rating.stars } });
    return { matchId: rating.matchId };
  }),
};
