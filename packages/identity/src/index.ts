export { scopedAdapter } from "./adapter";
export { listAudit, recordAudit, type AuditEvent, type AuditFilter } from "./audit";
export { acceptInvitation, createInvitation, INVITATION_DAYS, type Acceptance } from "./invitations";
export { countPeople, findOrCreatePerson, findPersonByEmail, grantRole, grantsOf, listPeopleWithRoles, normaliseEmail, removeRole, type Grant } from "./people";
export { invite, type Invite } from "./invite";
export { consume, type Limit, type Verdict } from "./rate-limit";
export { COUNCIL_ROLES, isRole, PLATFORM_ROLES, ROLE_NAMES, STAFF_ROLES, type CouncilRole, type PlatformRole, type Role } from "./roles";
export { hashToken, newToken } from "./tokens";
export { describeStaffSso, loadStaffSso, saveStaffSso, staffSsoInput, type StaffSso, type StaffSsoInput } from "./sso";
