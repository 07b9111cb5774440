import { councilSchema } from "@lgp/db";
import { sql, type SQL, type SQLWrapper } from "drizzle-orm";

const { vettingRecords } = councilSchema;

export const VETTING_CHECKS = councilSchema.vettingCheck;
export type VettingCheck = (typeof VETTING_CHECKS)[number];

/** How each check reads to staff and helpers. */
export const CHECK_NAMES: Record<VettingCheck, string> = {
  none: "No check",
  id_check: "ID check",
  dbs_basic: "Basic DBS check",
  dbs_standard: "Standard DBS check",
  dbs_enhanced: "Enhanced DBS check",
  dbs_enhanced_barred: "Enhanced DBS check with barred lists",
};

/**
 * Whether holding `held` is enough for a category that requires `required`. The checks are ordered
 * weakest first and each includes those before it: every DBS check verifies identity, and an enhanced
 * check with barred lists is an enhanced check and more.
 */
export function checkCovers(held: VettingCheck, required: VettingCheck): boolean {
  return VETTING_CHECKS.indexOf(held) >= VETTING_CHECKS.indexOf(required);
}

/** The strongest of the checks held, or "none". */
export function strongestCheck(held: readonly VettingCheck[]): VettingCheck {
  return held.reduce<VettingCheck>((best, check) => (checkCovers(check, best) ? check : best), "none");
}

/**
 * SQL: whether the helper `helperId` holds, on `today` (a Europe/London date, "2026-11-27"), a check
 * that covers `required` (a category's required_check column, or a check as a parameter). Directory,
 * feed and suggestions all use this one test, so none lists a helper the others would refuse.
 */
export function vettedFor(helperId: SQLWrapper, required: SQLWrapper | VettingCheck, today: string): SQL {
  const order = sql.raw(`array[${VETTING_CHECKS.map((c) => `'${c}'`).join(", ")}]::text[]`);
  const held = (rank: SQL) => sql`exists (
    select 1 from ${vettingRecords}
    where ${vettingRecords.helperId} = ${helperId}
      and ${vettingRecords.recheckOn} >= ${today}::date
      and array_position(${order}, ${vettingRecords.check}) >= ${rank})`;
  // A check known here is decided here: a bare exists lets Postgres join the records once rather than
  // look them up helper by helper.
  if (typeof required === "string") return required === "none" ? sql`true` : held(sql`${VETTING_CHECKS.indexOf(required) + 1}::int`);
  const requiredRank = sql`array_position(${order}, ${required}::text)`;
  return sql`(${requiredRank} = 1 or ${held(requiredRank)})`;
}
