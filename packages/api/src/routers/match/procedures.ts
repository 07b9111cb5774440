import { moduleProcedure, moduleRoleProcedure } from "../../trpc";

/*
 * The match module's procedures, by who may call them. Each answers 404 on a council that has switched
 * the module off, before any role is checked.
 */

/** Anyone on the council's site. */
export const match = moduleProcedure("match");

/** The council's admins. */
export const matchAdmin = moduleRoleProcedure("match", "council_admin");
