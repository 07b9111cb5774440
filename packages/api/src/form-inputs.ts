import { brandingInput, hostsProblem, nameProblem, slugProblem, splitHosts } from "@lgp/councils";
import { emailSettingsInputFor } from "@lgp/email";
import { oneLoginInput, staffSsoInput, type CouncilRole } from "@lgp/identity";
import { EMAIL_TEMPLATES, MODULE_KEYS } from "@lgp/modules";
import { newOrganisation } from "@lgp/providers";
import { z } from "zod";

/**
 * The input of every procedure a form posts to, exported so a server action checks the form against the
 * very schema the procedure applies. A form sends nothing for an empty box, where a JSON caller sends
 * "": each required field says "Enter …" for either, and "… in the correct format" only for a wrong value.
 */

const problem = (check: (value: string) => string | null) => (value: string, ctx: z.RefinementCtx) => {
  const found = check(value);
  if (found) ctx.addIssue({ code: "custom", message: found });
};

const emailAddress = (whose: string, example: string) =>
  z
    .string({ error: `Enter ${whose}` })
    .trim()
    .toLowerCase()
    .min(1, { error: `Enter ${whose}`, abort: true })
    .email(`Enter ${whose} in the correct format, like ${example}`);

export const onboardInput = z.strictObject({
  name: z.string({ error: "Enter the council's name" }).trim().superRefine(problem(nameProblem)),
  slug: z.string({ error: "Enter a slug, like kingston" }).trim().toLowerCase().superRefine(problem(slugProblem)),
  /** One domain per line or separated by commas; may be empty. */
  hosts: z
    .string()
    .default("")
    .superRefine(problem((hosts) => hostsProblem(splitHosts(hosts)))),
  adminEmail: emailAddress("the first admin's email address", "name@council.gov.uk"),
});

/** Roles an admin hands out directly; provider roles come with an organisation (addOrganisation, and its owner). */
export const ADMIN_GRANTS = ["council_admin", "council_staff", "safeguarding_lead", "referrer", "volunteer"] as const satisfies readonly CouncilRole[];
const grantable = z.enum(ADMIN_GRANTS, { message: "Choose a role" });

export const inviteStaffInput = z.strictObject({ email: emailAddress("their email address", "name@council.gov.uk"), role: grantable });

/** Unticking every role is a choice (it removes them all), so no roles sent is an empty list. */
export const setRolesInput = z.strictObject({ personId: z.number().int(), roles: z.array(grantable) });

export const addOrganisationInput = newOrganisation.extend({ ownerEmail: emailAddress("the owner's email address", "name@provider.org.uk") });

export const inviteMemberInput = z.strictObject({ organisationId: z.number().int(), email: emailAddress("their email address", "name@provider.org.uk") });

export const lookUpPersonInput = z.strictObject({ email: emailAddress("their email address", "name@example.com") });

export const invitationTokenInput = z.strictObject({ token: z.string().min(1).max(200) });

/** Unticking every module is a choice (every module's pages close), so none sent is an empty list. */
export const modulesInput = z.strictObject({ modules: z.array(z.enum(MODULE_KEYS, { error: "Choose modules from the list" })) });

/** A council names a GOV.UK Notify template for every kind of email the platform and its modules send. */
const emailSettingsInput = emailSettingsInputFor(EMAIL_TEMPLATES);

export { brandingInput, emailSettingsInput, oneLoginInput, staffSsoInput };

// The modules' inputs, one file per area.
export * from "./inputs/booking";
export * from "./inputs/booking-admin";
export * from "./inputs/match-categories";
export * from "./inputs/match-helpers";
export * from "./inputs/match-matches";
export * from "./inputs/match-needs";
export * from "./inputs/match-offers";
export * from "./inputs/match-ranking";
export * from "./inputs/match-safety";
