/** What a person may be on a council's site. A person may hold several at once. */
export const COUNCIL_ROLES = [
  "council_admin",
  "council_staff",
  "safeguarding_lead",
  "referrer",
  "provider_owner",
  "provider_member",
  "volunteer",
  "resident",
] as const;
export const PLATFORM_ROLES = ["platform_operator"] as const;

export type CouncilRole = (typeof COUNCIL_ROLES)[number];
export type PlatformRole = (typeof PLATFORM_ROLES)[number];
export type Role = CouncilRole | PlatformRole;

/** Council staff roles: the people who run the council's side of the site. */
export const STAFF_ROLES: readonly CouncilRole[] = ["council_admin", "council_staff", "safeguarding_lead"];

/** Whether someone holding `roles` is one of the council's staff: they may act for residents. */
export const holdsStaffRole = (roles: readonly Role[]) => roles.some((role) => (STAFF_ROLES as readonly Role[]).includes(role));

/** How a role reads in an email or a log line (pages take their labels from the app's catalog). */
export const ROLE_NAMES: Record<Role, string> = {
  council_admin: "a council admin",
  council_staff: "council staff",
  safeguarding_lead: "a safeguarding lead",
  referrer: "a referrer (such as a GP surgery's social prescriber)",
  provider_owner: "a provider organisation's owner",
  provider_member: "a member of a provider organisation",
  volunteer: "a volunteer",
  resident: "a resident",
  platform_operator: "a platform operator",
};
