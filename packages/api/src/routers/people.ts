import { findPersonByEmail, grantsOf, signInMethodsOf } from "@lgp/identity";
import { lookUpPersonInput } from "../form-inputs";
import { roleProcedure, router } from "../trpc";

const staff = roleProcedure("council_admin", "council_staff", "safeguarding_lead");

/** Council staff look up the people the council serves. Every record shown is audited. */
export const peopleRouter = router({
  /**
   * A person's record by their email address. The view is recorded in the audit log in the same
   * transaction that reads it: no one sees a resident's record without a trace.
   */
  record: staff.input(lookUpPersonInput).query(async ({ ctx, input }) => {
    const person = await findPersonByEmail(ctx.tx, ctx.scope, input.email);
    if (!person) {
      await ctx.audit({ action: "person.searched", subject: input.email, detail: { found: false } });
      return null;
    }
    const roles = (await grantsOf(ctx.tx, ctx.scope, person.id)).map((g) => g.role);
    await ctx.audit({ action: "person.viewed", subject: person.email, detail: { personId: person.id } });
    return {
      email: person.email,
      name: person.name,
      roles,
      signInMethods: await signInMethodsOf(ctx.tx, ctx.scope, person.id),
      since: person.createdAt,
    };
  }),
});
