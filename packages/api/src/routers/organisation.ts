import { cancelInvitation, invite, listPendingInvitations, resendInvitation, type InvitationReach } from "@lgp/identity";
import { organisationsOwnedBy } from "@lgp/providers";
import { councilSender } from "@lgp/councils";
import type { Tx } from "@lgp/db";
import { TRPCError } from "@trpc/server";
import { assertInvited, invitationId, refuseInvitation } from "../invitation-answers";
import { inviteMemberInput } from "../form-inputs";
import { roleProcedure, router } from "../trpc";

const owner = roleProcedure("provider_owner");

/** An owner reaches the invitations into the organisations they own, and no others. */
const ownersReach = async (tx: Tx, personId: number): Promise<InvitationReach> => ({ organisationIds: (await organisationsOwnedBy(tx, personId)).map((o) => o.id) });

/** A provider organisation's owner runs its membership. */
export const organisationRouter = router({
  mine: owner.query(({ ctx }) => organisationsOwnedBy(ctx.tx, ctx.person.id)),

  /**
   * Invites a member to an organisation the signed-in owner owns. Any other id is not found, whether or
   * not some other organisation has it: a different answer would tell owners which ids exist.
   */
  invite: owner
    .input(inviteMemberInput)
    .mutation(async ({ ctx, input }) => {
      const owned = await organisationsOwnedBy(ctx.tx, ctx.person.id);
      const organisation = owned.find((o) => o.id === input.organisationId);
      if (!organisation) throw new TRPCError({ code: "NOT_FOUND", message: "You do not own an organisation with that id. Choose one of your own organisations." });
      const invited = await invite(ctx.tx, ctx.scope, await councilSender(ctx.tx, ctx.council), { email: input.email, role: "provider_member", organisationId: organisation.id, invitedBy: `${ctx.person.email} (${organisation.name})`, siteUrl: ctx.origin.url });
      assertInvited(invited, input.email);
      await ctx.audit({ action: "organisation.member_invited", subject: input.email, detail: { organisation: organisation.name } });
    }),

  /** The pending invitations into the organisations the signed-in owner owns. */
  invitations: owner.query(async ({ ctx }) => listPendingInvitations(ctx.tx, ctx.scope, await ownersReach(ctx.tx, ctx.person.id))),

  resendInvitation: owner.input(invitationId).mutation(async ({ ctx, input }) => {
    const reach = await ownersReach(ctx.tx, ctx.person.id);
    const resent = await resendInvitation(ctx.tx, ctx.scope, await councilSender(ctx.tx, ctx.council), { id: input.invitationId, siteUrl: ctx.origin.url, reach });
    if (!resent.ok) refuseInvitation(resent, "resent");
    await ctx.audit({ action: "invitation.resent", subject: resent.invitation.email, detail: { role: resent.invitation.role, organisationId: resent.invitation.organisationId } });
    return { email: resent.invitation.email };
  }),

  cancelInvitation: owner.input(invitationId).mutation(async ({ ctx, input }) => {
    const cancelled = await cancelInvitation(ctx.tx, ctx.scope, input.invitationId, await ownersReach(ctx.tx, ctx.person.id));
    if (!cancelled.ok) refuseInvitation(cancelled, "cancelled");
    await ctx.audit({ action: "invitation.cancelled", subject: cancelled.invitation.email, detail: { role: cancelled.invitation.role, organisationId: cancelled.invitation.organisationId } });
    return { email: cancelled.invitation.email };
  }),
});
