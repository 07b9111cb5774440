import { acceptInvitation } from "@lgp/identity";
import { invitationTokenInput } from "../form-inputs";
import { councilProcedure, router } from "../trpc";

export const invitationsRouter = router({
  /**
   * Public: the token from the emailed link is the credential. It is looked up only in this council's
   * schema, so a token from another council's invitation finds nothing here.
   */
  accept: councilProcedure.input(invitationTokenInput).mutation(async ({ ctx, input }) => {
    const result = await acceptInvitation(ctx.tx, ctx.scope, input.token);
    if (result.ok) await ctx.audit({ action: "invitation.accepted", subject: result.email, detail: { role: result.role } });
    return result.ok ? { ok: true as const, role: result.role } : result;
  }),
});
