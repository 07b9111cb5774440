import { findOrCreatePerson } from "@lgp/identity";
import { answerNeedQuestion, closeNeed, createNeed, listNeedsForStaff, listResidentNeeds, needForStaff, queueNewNeedNotices, readNeedDraft, residentNeed, submitNeedDraft, withdrawNeed } from "@lgp/match";
import { TRPCError } from "@trpc/server";
import { closeNeedInput, needAnswerInput, needForResidentInput, needReferenceInput, staffNeedsInput, withdrawNeedInput } from "../../form-inputs";
import { matchReferrers, matchSignedIn, matchStaff } from "./procedures";

/** References are per council, and a resident's need is theirs alone: anything else is, here, no request at all. */
function found<T>(need: T | null): T {
  if (!need) throw new TRPCError({ code: "NOT_FOUND", message: "There is no request for help with that reference. Check the reference and try again." });
  return need;
}

/** Residents' requests for help: asked through the question pages, followed, withdrawn; and staff's view and handling of them. */
export const needProcedures = {
  /** The signed-in person's answers so far on the question pages, and the next question to answer. */
  needDraft: matchSignedIn.query(async ({ ctx }) => readNeedDraft(ctx.tx, ctx.person.id)),

  answerNeedQuestion: matchSignedIn.input(needAnswerInput).mutation(async ({ ctx, input }) => {
    await answerNeedQuestion(ctx.tx, ctx.person.id, input);
    await ctx.audit({ action: "need.question_answered", subject: input.question, detail: { question: input.question } });
  }),

  /** Sends the finished draft as the person's request for help. */
  submitNeed: matchSignedIn.mutation(async ({ ctx }) => {
    const need = await submitNeedDraft(ctx.tx, ctx.person.id);
    await queueNewNeedNotices(ctx.tx, ctx.scope, need.id);
    await ctx.audit({ action: "need.created", subject: need.reference, detail: { needId: need.id, forResident: false } });
    return need;
  }),

  /** The signed-in resident's own requests, newest first. */
  myNeeds: matchSignedIn.query(async ({ ctx }) => listResidentNeeds(ctx.tx, ctx.person.id)),

  myNeed: matchSignedIn.input(needReferenceInput).query(async ({ ctx, input }) => found(await residentNeed(ctx.tx, ctx.person.id, input.reference))),

  withdrawNeed: matchSignedIn.input(withdrawNeedInput).mutation(async ({ ctx, input }) => {
    const need = found(await withdrawNeed(ctx.tx, ctx.person.id, input.reference, input.reason));
    await ctx.audit({ action: "need.withdrawn", subject: input.reference, detail: { needId: need.id, reason: input.reason } });
  }),

  /** The council's requests for staff, filtered, with counts per status. */
  staffNeeds: matchStaff.input(staffNeedsInput).query(async ({ ctx, input }) => listNeedsForStaff(ctx.tx, input)),

  /** One request with its resident and trail. Every view is audited in the transaction that reads it. */
  staffNeed: matchStaff.input(needReferenceInput).query(async ({ ctx, input }) => {
    const need = found(await needForStaff(ctx.tx, input.reference));
    await ctx.audit({ action: "need.viewed", subject: need.reference, detail: { needId: need.id, residentId: need.residentId } });
    return need;
  }),

  closeNeed: matchStaff.input(closeNeedInput).mutation(async ({ ctx, input }) => {
    const need = found(await closeNeed(ctx.tx, ctx.person.id, input.reference, input.reason));
    await ctx.audit({ action: "need.closed", subject: input.reference, detail: { needId: need.id, reason: input.reason } });
  }),

  /** Staff or a referrer asks for help for a resident, recording the resident's consent; the resident is found, or added, by their email address. */
  createNeedForResident: matchReferrers.input(needForResidentInput).mutation(async ({ ctx, input }) => {
    const { residentEmail, consentGivenBy, consentOn, consentHow, ...details } = input;
    const resident = await findOrCreatePerson(ctx.tx, ctx.scope, residentEmail);
    const consent = { givenBy: consentGivenBy, on: consentOn, how: consentHow };
    const need = await createNeed(ctx.tx, { residentId: resident.id, createdBy: ctx.person.id, details, consent });
    await queueNewNeedNotices(ctx.tx, ctx.scope, need.id);
    await ctx.audit({ action: "need.created", subject: need.reference, detail: { needId: need.id, residentId: resident.id, forResident: true, consentHow } });
    return need;
  }),
};
