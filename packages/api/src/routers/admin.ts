import {
  councilSender,
  getSiteAsset,
  putSiteAsset,
  readSiteDetails,
  saveSiteDetails,
  touchCouncil,
  updateCouncilBrand,
  updateCouncilModules,
} from "@lgp/councils";
import { describeEmailSettings, listUndelivered, saveEmailSettings } from "@lgp/email";
import {
  cancelInvitation,
  describeOneLogin,
  describeStaffSso,
  grantRole,
  oneLoginInput,
  saveOneLogin,
  grantsOf,
  invite,
  listAudit,
  listPendingInvitations,
  listPeopleWithRoles,
  removeRole,
  resendInvitation,
  saveSettings,
  saveStaffSso,
  settingsChange,
  staffSsoInput,
} from "@lgp/identity";
import { addOrganisation, listOrganisations } from "@lgp/providers";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { assertInvited, invitationId, refuseInvitation } from "../invitation-answers";
import { ADMIN_GRANTS, addOrganisationInput, brandingInput, emailSettingsInput, inviteStaffInput, modulesInput, setRolesInput } from "../form-inputs";
import { roleProcedure, router } from "../trpc";
import { sniffImage } from "../uploads";

const admin = roleProcedure("council_admin");

export const adminRouter = router({
  overview: admin.query(async ({ ctx }) => ({
    council: { name: ctx.council.name, brandColour: ctx.council.brandColour, brandTextColour: ctx.council.brandTextColour, linkColour: ctx.council.linkColour, modules: ctx.council.modules },
    details: await readSiteDetails(ctx.tx),
    email: await describeEmailSettings(ctx.tx, ctx.scope),
    undeliveredEmail: await listUndelivered(ctx.tx, ctx.scope),
    staffSso: await describeStaffSso(ctx.tx, ctx.scope),
    oneLogin: await describeOneLogin(ctx.tx, ctx.scope),
  })),

  /** GOV.UK One Login for residents; off until switched on here. */
  saveOneLogin: admin.input(oneLoginInput).mutation(async ({ ctx, input }) => {
    await saveSettings(ctx, "one_login.updated", describeOneLogin, saveOneLogin, input);
    ctx.afterCommit(() => touchCouncil(ctx.database, ctx.council.slug));
  }),

  /** Staff single sign-on; the council's sign-in is rebuilt with it on the next request. */
  saveStaffSso: admin.input(staffSsoInput).mutation(async ({ ctx, input }) => {
    await saveSettings(ctx, "staff_sso.updated", describeStaffSso, saveStaffSso, input);
    ctx.afterCommit(() => touchCouncil(ctx.database, ctx.council.slug));
  }),

  updateBranding: admin.input(brandingInput).mutation(async ({ ctx, input }) => {
    const { name, brandColour, brandTextColour, linkColour, ...details } = input;
    const brand = { name, brandColour, brandTextColour, linkColour };
    const before = { name: ctx.council.name, brandColour: ctx.council.brandColour, brandTextColour: ctx.council.brandTextColour, linkColour: ctx.council.linkColour, ...(await readSiteDetails(ctx.tx)) };
    await saveSiteDetails(ctx.tx, details);
    await ctx.audit({ action: "branding.updated", detail: settingsChange(before, input, input) });
    ctx.afterCommit(() => updateCouncilBrand(ctx.database, ctx.council.slug, brand));
  }),

  uploadLogo: admin.input(z.strictObject({ bytes: z.instanceof(Uint8Array) })).mutation(async ({ ctx, input }) => {
    const image = sniffImage(input.bytes);
    const old = await getSiteAsset(ctx.tx, "logo");
    await putSiteAsset(ctx.tx, "logo", image.contentType, Buffer.from(input.bytes));
    const logo = { contentType: image.contentType, bytes: input.bytes.length };
    await ctx.audit({ action: "logo.updated", detail: settingsChange(old ? { contentType: old.contentType, bytes: old.body.length } : null, logo, logo) });
    ctx.afterCommit(() => touchCouncil(ctx.database, ctx.council.slug));
  }),

  setModules: admin.input(modulesInput).mutation(async ({ ctx, input }) => {
    await ctx.audit({ action: "modules.updated", detail: settingsChange({ modules: ctx.council.modules }, input, input) });
    ctx.afterCommit(() => updateCouncilModules(ctx.database, ctx.council.slug, input.modules));
  }),

  saveEmail: admin.input(emailSettingsInput).mutation(async ({ ctx, input }) => {
    await saveSettings(ctx, "email.updated", describeEmailSettings, saveEmailSettings, input);
  }),

  staff: admin.query(async ({ ctx }) =>
    (await listPeopleWithRoles(ctx.tx, ctx.scope))
      .map((p) => ({ ...p, roles: p.roles.filter((r) => r !== "resident") }))
      .filter((p) => p.roles.length > 0),
  ),

  invite: admin.input(inviteStaffInput).mutation(async ({ ctx, input }) => {
    assertInvited(await invite(ctx.tx, ctx.scope, await councilSender(ctx.tx, ctx.council), { email: input.email, role: input.role, invitedBy: ctx.person.email, siteUrl: ctx.origin.url }), input.email);
    await ctx.audit({ action: "staff.invited", subject: input.email, detail: { role: input.role } });
  }),

  /** Every invitation in the council not yet accepted, cancelled or expired, an organisation's named. */
  invitations: admin.query(async ({ ctx }) => {
    const organisations = new Map((await listOrganisations(ctx.tx)).map((o) => [o.id, o.name]));
    return (await listPendingInvitations(ctx.tx, ctx.scope)).map((i) => ({ ...i, organisation: i.organisationId === null ? null : (organisations.get(i.organisationId) ?? null) }));
  }),

  resendInvitation: admin.input(invitationId).mutation(async ({ ctx, input }) => {
    const resent = await resendInvitation(ctx.tx, ctx.scope, await councilSender(ctx.tx, ctx.council), { id: input.invitationId, siteUrl: ctx.origin.url });
    if (!resent.ok) refuseInvitation(resent, "resent");
    await ctx.audit({ action: "invitation.resent", subject: resent.invitation.email, detail: { role: resent.invitation.role, organisationId: resent.invitation.organisationId } });
    return { email: resent.invitation.email };
  }),

  cancelInvitation: admin.input(invitationId).mutation(async ({ ctx, input }) => {
    const cancelled = await cancelInvitation(ctx.tx, ctx.scope, input.invitationId);
    if (!cancelled.ok) refuseInvitation(cancelled, "cancelled");
    await ctx.audit({ action: "invitation.cancelled", subject: cancelled.invitation.email, detail: { role: cancelled.invitation.role, organisationId: cancelled.invitation.organisationId } });
    return { email: cancelled.invitation.email };
  }),

  /** Sets a person's council roles to exactly `roles`; ending a role ends their sessions. */
  setRoles: admin.input(setRolesInput).mutation(async ({ ctx, input }) => {
    if (input.personId === ctx.person.id && !input.roles.includes("council_admin")) {
      throw new TRPCError({ code: "BAD_REQUEST", message: "You cannot remove your own admin role. Ask another admin to do it." });
    }
    // Everyone the council knows holds a role (signing in first makes a person a resident), so no grants here means no such person here.
    const grants = await grantsOf(ctx.tx, ctx.scope, input.personId);
    if (grants.length === 0) throw new TRPCError({ code: "NOT_FOUND", message: "There is no such member of staff. Choose someone from the staff list." });
    const current = grants.map((g) => g.role).filter((r): r is (typeof ADMIN_GRANTS)[number] => (ADMIN_GRANTS as readonly string[]).includes(r));
    for (const role of input.roles.filter((r) => !current.includes(r))) await grantRole(ctx.tx, ctx.scope, input.personId, role);
    for (const role of current.filter((r) => !input.roles.includes(r))) await removeRole(ctx.tx, ctx.scope, input.personId, role);
    await ctx.audit({ action: "staff.roles_changed", subject: String(input.personId), detail: { before: current, after: input.roles } });
  }),

  organisations: admin.query(({ ctx }) => listOrganisations(ctx.tx)),

  /** Registers a provider organisation and invites its owner, who then invites the organisation's members. */
  addOrganisation: admin
    .input(addOrganisationInput)
    .mutation(async ({ ctx, input }) => {
      const { ownerEmail: _owner, ...details } = input;
      const organisation = await addOrganisation(ctx.tx, details);
      if (!organisation) throw new TRPCError({ code: "BAD_REQUEST", message: `An organisation called ${input.name} is already registered.` });
      await invite(ctx.tx, ctx.scope, await councilSender(ctx.tx, ctx.council), { email: input.ownerEmail, role: "provider_owner", organisationId: organisation.id, invitedBy: ctx.person.email, siteUrl: ctx.origin.url });
      await ctx.audit({ action: "organisation.added", subject: input.name, detail: { kind: input.kind, owner: input.ownerEmail, cqcLocationId: details.cqcLocationId ?? null, charityNumber: details.charityNumber ?? null } });
    }),

  audit: admin
    .input(z.strictObject({ actor: z.string().trim().max(200).optional(), action: z.string().trim().max(100).optional(), page: z.number().int().min(1).default(1) }))
    .query(async ({ ctx, input }) => {
      const rows = await listAudit(ctx.tx, ctx.scope, { actor: input.actor || undefined, action: input.action || undefined }, 51, (input.page - 1) * 50);
      return { rows: rows.slice(0, 50), more: rows.length > 50 };
    }),
});

