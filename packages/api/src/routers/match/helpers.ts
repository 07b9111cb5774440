import { grantRole } from "@lgp/identity";
import { councilSender } from "@lgp/councils";
import {
  approveHelper,
  chooseNotice,
  councilWards,
  declineHelper,
  helperCategoryList,
  helperForStaff,
  helpersActedForBy,
  helpersForStaff,
  listCategories,
  organisationsToSignUp,
  ratingsOfHelper,
  recordVetting,
  saveSignUpTask,
  signUpProgress,
  startSignUp,
  submitSignUp,
  helperActedForBy,
  type Helper,
} from "@lgp/match";
import { TRPCError } from "@trpc/server";
import { declineHelperInput, helperIdInput, helperNoticeInput, signUpTaskInput, startSignUpInput, vettingRecordInput } from "../../form-inputs";
import { matchSignedIn, matchStaff } from "./procedures";

/** Ids are per council, and a helper the caller does not act for is, to them, no helper at all. */
function found<T>(helper: T | null): T {
  if (!helper) throw new TRPCError({ code: "NOT_FOUND", message: "There is no such helper. Choose one from your list." });
  return helper;
}

const described = (h: Helper) => ({ helperId: h.id, kind: h.kind, status: h.status });

/** Helpers signing up and managing themselves, and the council's staff approving and vetting them. */
export const helperProcedures = {
  /**
   * The helpers the caller acts for, with each one's sign-up progress, how they hear of new needs and the
   * ratings residents gave them (seen here by the helper's own people alone), and the organisations they could sign up.
   */
  myHelpers: matchSignedIn.query(async ({ ctx }) => {
    const helpers = [];
    for (const h of await helpersActedForBy(ctx.tx, ctx.person.id)) {
      helpers.push({ id: h.id, kind: h.kind, publicName: h.publicName, status: h.status, paused: h.pausedAt !== null, tasks: signUpProgress(h), notice: h.notice, ratings: await ratingsOfHelper(ctx.tx, h.id) });
    }
    return { helpers, organisationsToSignUp: await organisationsToSignUp(ctx.tx, ctx.person.id) };
  }),

  /** How a helper the caller acts for hears of new needs, whatever the helper's status. */
  chooseNotice: matchSignedIn.input(helperNoticeInput).mutation(async ({ ctx, input }) => {
    const helper = found(await chooseNotice(ctx.tx, { personId: ctx.person.id, helperId: input.helperId, notice: input.notice }));
    await ctx.audit({ action: "helper.notice_chosen", subject: String(helper.id), detail: { ...described(helper), notice: helper.notice } });
    return { id: helper.id, notice: helper.notice };
  }),

  startSignUp: matchSignedIn.input(startSignUpInput).mutation(async ({ ctx, input }) => {
    const helper = found(await startSignUp(ctx.tx, { personId: ctx.person.id, organisationId: input.organisationId }));
    await ctx.audit({ action: "helper.sign_up_started", subject: String(helper.id), detail: described(helper) });
    return { id: helper.id };
  }),

  /** One helper's sign-up as its task pages show it: the answers so far, each task's progress, and the choices. */
  signUp: matchSignedIn.input(helperIdInput).query(async ({ ctx, input }) => {
    const helper = found(await helperActedForBy(ctx.tx, ctx.person.id, input.helperId));
    return {
      helper,
      tasks: signUpProgress(helper),
      categoryIds: (await helperCategoryList(ctx.tx, helper.id)).map((c) => c.id),
      categories: await listCategories(ctx.tx),
      wards: await councilWards(ctx.tx),
    };
  }),

  saveSignUpTask: matchSignedIn.input(signUpTaskInput).mutation(async ({ ctx, input }) => {
    const { helperId, ...answers } = input;
    const helper = found(await saveSignUpTask(ctx.tx, { personId: ctx.person.id, helperId, answers }));
    await ctx.audit({ action: "helper.sign_up_saved", subject: String(helper.id), detail: { ...described(helper), task: input.task } });
    return { id: helper.id };
  }),

  submitSignUp: matchSignedIn.input(helperIdInput).mutation(async ({ ctx, input }) => {
    const helper = found(await submitSignUp(ctx.tx, { personId: ctx.person.id, helperId: input.helperId }));
    await ctx.audit({ action: "helper.submitted", subject: helper.publicName, detail: described(helper) });
    return { id: helper.id };
  }),

  /** Every helper who has sent a sign-up: waiting, approved, paused and declined. */
  staffHelpers: matchStaff.query(async ({ ctx }) => helpersForStaff(ctx.tx)),

  /** One helper in full for staff, with their checks, the categories a missing check keeps them out of, and their ratings. */
  staffHelper: matchStaff.input(helperIdInput).query(async ({ ctx, input }) => found(await helperForStaff(ctx.tx, input.helperId))),

  /** Approves a waiting helper, emailing them; a volunteer becomes one of the council's volunteers. */
  approveHelper: matchStaff.input(helperIdInput).mutation(async ({ ctx, input }) => {
    const helper = found(await approveHelper(ctx.tx, ctx.scope, await councilSender(ctx.tx, ctx.council), { helperId: input.helperId, actorId: ctx.person.id, siteUrl: ctx.origin.url }));
    if (helper.personId !== null) await grantRole(ctx.tx, ctx.scope, helper.personId, "volunteer");
    await ctx.audit({ action: "helper.approved", subject: helper.publicName, detail: described(helper) });
    return described(helper);
  }),

  declineHelper: matchStaff.input(declineHelperInput).mutation(async ({ ctx, input }) => {
    const helper = found(await declineHelper(ctx.tx, ctx.scope, await councilSender(ctx.tx, ctx.council), { helperId: input.helperId, actorId: ctx.person.id, siteUrl: ctx.origin.url, reason: input.reason }));
    await ctx.audit({ action: "helper.declined", subject: helper.publicName, detail: { ...described(helper), reason: input.reason } });
    return described(helper);
  }),

  /** Records a check staff have seen: the certificate's details only, never the disclosure. */
  recordVetting: matchStaff.input(vettingRecordInput).mutation(async ({ ctx, input }) => {
    const record = found(await recordVetting(ctx.tx, { ...input, verifiedBy: ctx.person.id }));
    await ctx.audit({
      action: "helper.vetting_recorded",
      subject: String(record.helperId),
      detail: { helperId: record.helperId, check: record.check, certificateNumber: record.certificateNumber, issuedOn: record.issuedOn, recheckOn: record.recheckOn, updateService: record.updateService },
    });
    return { id: record.id };
  }),
};
