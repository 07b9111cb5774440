import { invite } from "@lgp/identity";
import { organisationsOwnedBy } from "@lgp/providers";
import { councilSender } from "@lgp/councils";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { roleProcedure, router } from "../trpc";

const owner = roleProcedure("provider_owner");

/** A provider organisation's owner runs its membership. */
export const organisationRouter = router({
  mine: owner.query(({ ctx }) => organisationsOwnedBy(ctx.tx, ctx.person.id)),

  /**
   * Invites a member to an organisation the signed-in owner owns. Any other id is not found, whether or
   * not some other organisation has it: a different answer would tell owners which ids exist.
   */
  invite: owner
    .input(z.strictObject({ organisationId: z.number().int(), email: z.string().trim().toLowerCase().email("Enter an email address in the correct format, like name@provider.org.uk") }))
    .mutation(async ({ ctx, input }) => {
      const owned = await organisationsOwnedBy(ctx.tx, ctx.person.id);
      const organisation = owned.find((o) => o.id === input.organisationId);
      if (!organisation) throw new TRPCError({ code: "NOT_FOUND", message: "You do not own an organisation with that id. Choose one of your own organisations." });
      await invite(ctx.tx, ctx.scope, await councilSender(ctx.tx, ctx.council), { email: input.email, role: "provider_member", organisationId: organisation.id, invitedBy: `${ctx.person.email} (${organisation.name})`, siteUrl: ctx.origin.url });
      await ctx.audit({ action: "organisation.member_invited", subject: input.email, detail: { organisation: organisation.name } });
    }),
});
