import { councilSchema, InputError, type Tx } from "@lgp/db";
import { Temporal, todayInLondon } from "@lgp/time";
import { and, desc, eq, ne } from "drizzle-orm";
import { z } from "zod";
import { helperCategoryList } from "./helpers";
import { checkCovers, VETTING_CHECKS, type VettingCheck } from "./vetting-levels";

const { helpers, vettingRecords, people } = councilSchema;

/** The checks staff record: every check but "none". */
export const RECORDED_CHECKS = VETTING_CHECKS.filter((c): c is Exclude<VettingCheck, "none"> => c !== "none");
export type RecordedCheck = (typeof RECORDED_CHECKS)[number];

/** How long a check is trusted before it is checked again, unless staff set another date. */
export const RECHECK_YEARS = 3;

const isoDate = (missing: string) => z.string({ error: missing }).regex(/^\d{4}-\d{2}-\d{2}$/, missing);

/** A check as staff record it: its certificate's details only, never the disclosure itself. */
export const vettingRecordInput = z.strictObject({
  helperId: z.number({ error: "Choose a helper from the list" }).int({ error: "Choose a helper from the list" }),
  check: z.enum(RECORDED_CHECKS, { error: "Choose the check you have seen" }),
  certificateNumber: z.string({ error: "Enter the certificate number" }).trim().toUpperCase().min(1, "Enter the certificate number"),
  issuedOn: isoDate("Enter the date the certificate was issued"),
  updateService: z.enum(["yes", "no"], { error: "Choose whether they subscribe to the DBS Update Service" }),
  recheckOn: isoDate("Enter the date the check must be made again"),
});
export type VettingRecordInput = z.output<typeof vettingRecordInput>;

/** A DBS certificate number is 12 digits; an ID check's reference is what staff saw (a document number). */
function certificateProblem(check: RecordedCheck, number: string): string | null {
  if (check === "id_check") return /^[A-Z0-9][A-Z0-9 /-]{2,49}$/.test(number) ? null : "Enter the ID document's number or reference, using letters, numbers and dashes";
  return /^\d{12}$/.test(number.replace(/\s+/g, "")) ? null : "Enter the 12-digit DBS certificate number, like 001234567890";
}

/** The recheck date staff are offered: RECHECK_YEARS after issue. */
export function defaultRecheck(issuedOn: string): string {
  return Temporal.PlainDate.from(issuedOn).add({ years: RECHECK_YEARS }).toString();
}

function dateProblems(issuedOn: string, recheckOn: string, today: string): Record<string, string> {
  const problems: Record<string, string> = {};
  const day = (iso: string) => {
    try {
      return Temporal.PlainDate.from(iso, { overflow: "reject" });
    } catch {
      return null;
    }
  };
  const issued = day(issuedOn);
  const recheck = day(recheckOn);
  if (!issued) problems.issuedOn = "The date the certificate was issued must be a real date";
  else if (Temporal.PlainDate.compare(issued, Temporal.PlainDate.from(today)) > 0) problems.issuedOn = "The date the certificate was issued must be today or in the past";
  if (!recheck) problems.recheckOn = "The date the check must be made again must be a real date";
  else if (Temporal.PlainDate.compare(recheck, Temporal.PlainDate.from(today)) < 0) problems.recheckOn = "The date the check must be made again must be today or in the future";
  else if (issued && Temporal.PlainDate.compare(recheck, issued) <= 0) problems.recheckOn = "The date the check must be made again must be after the date the certificate was issued";
  return problems;
}

/**
 * Records a check staff have seen, verified by `verifiedBy` now; null when the council has no such helper
 * (one still signing up included). Refused, field by field, when a detail is wrong.
 */
export async function recordVetting(tx: Tx, { verifiedBy, today = todayInLondon().toString(), ...given }: VettingRecordInput & { verifiedBy: number; today?: string }) {
  const input = vettingRecordInput.parse(given);
  const [helper] = await tx.select({ id: helpers.id }).from(helpers).where(and(eq(helpers.id, input.helperId), ne(helpers.status, "applying")));
  if (!helper) return null;
  const problems = dateProblems(input.issuedOn, input.recheckOn, today);
  const certificate = certificateProblem(input.check, input.certificateNumber);
  if (certificate) problems.certificateNumber = certificate;
  if (Object.keys(problems).length > 0) throw new InputError(Object.values(problems).join(" "), problems);
  const [recorded] = await tx
    .insert(vettingRecords)
    .values({
      helperId: helper.id,
      check: input.check,
      certificateNumber: input.check === "id_check" ? input.certificateNumber : input.certificateNumber.replace(/\s+/g, ""),
      issuedOn: input.issuedOn,
      updateService: input.updateService === "yes",
      recheckOn: input.recheckOn,
      verifiedBy,
    })
    .returning();
  return recorded!;
}

/** A helper's checks, latest recheck date first, each with who verified it. */
export async function vettingRecordsOf(tx: Tx, helperId: number) {
  return tx
    .select({
      id: vettingRecords.id,
      check: vettingRecords.check,
      certificateNumber: vettingRecords.certificateNumber,
      issuedOn: vettingRecords.issuedOn,
      updateService: vettingRecords.updateService,
      recheckOn: vettingRecords.recheckOn,
      verifiedBy: people.email,
      verifiedAt: vettingRecords.verifiedAt,
    })
    .from(vettingRecords)
    .innerJoin(people, eq(people.id, vettingRecords.verifiedBy))
    .where(eq(vettingRecords.helperId, helperId))
    .orderBy(desc(vettingRecords.recheckOn), desc(vettingRecords.id));
}

/**
 * The helper's categories they are not matched in on `today` for want of a covering check in date, each
 * with the day the latest covering check lapsed, the day after its recheck date (null when none was
 * ever recorded). The same rule as
 * `vettedFor`: a check is good up to and on its recheck date.
 */
export async function notMatchedIn(tx: Tx, helperId: number, today: string) {
  const records = await tx.select({ check: vettingRecords.check, recheckOn: vettingRecords.recheckOn }).from(vettingRecords).where(eq(vettingRecords.helperId, helperId));
  const missing = [];
  for (const category of await helperCategoryList(tx, helperId)) {
    if (category.requiredCheck === "none") continue;
    const covering = records.filter((r) => checkCovers(r.check, category.requiredCheck));
    if (covering.some((r) => r.recheckOn >= today)) continue;
    const lastGood = covering.map((r) => r.recheckOn).sort().at(-1);
    const lapsedOn = lastGood ? Temporal.PlainDate.from(lastGood).add({ days: 1 }).toString() : null;
    missing.push({ categoryId: category.id, categoryName: category.name, requiredCheck: category.requiredCheck, lapsedOn });
  }
  return missing;
}
