import { pgTable } from "drizzle-orm/pg-core";
import { identityTables } from "./identity";

/** The council's own people and what is done in their name; the domains' tables refer to them. */
export const identity = identityTables(pgTable);
export const { people, roleGrants, sessions, verificationTokens, accounts, invitations, emails, outboxMessages, rateLimits, settings, auditEvents } =
  identity;
