import { signedIn } from "../../middleware/roles";
import { moduleProcedure, moduleRoleProcedure } from "../../trpc";

/*
 * The match module's procedures, by who may call them. Each answers 404 on a council that has switched
 * the module off, before any role is checked.
 */

/** Anyone on the council's site. */
export const match = moduleProcedure("match");

/** The council's admins. */
export const matchAdmin = moduleRoleProcedure("match", "council_admin");

/** Anyone signed in on the council's site: a resident, or someone acting for a helper (the domain checks which helper). */
export const matchSignedIn = match.use(signedIn);

/** The council's staff who work with residents and helpers. */
export const matchStaff = moduleRoleProcedure("match", "council_admin", "council_staff", "safeguarding_lead");

/** Those who may ask for help on a resident's behalf, with their consent: the council's staff and its approved referrers (a GP surgery's social prescriber). */
export const matchReferrers = moduleRoleProcedure("match", "council_admin", "council_staff", "referrer");

/** The council's safeguarding leads, who work concerns and pause helpers. */
export const matchSafeguarding = moduleRoleProcedure("match", "safeguarding_lead");
