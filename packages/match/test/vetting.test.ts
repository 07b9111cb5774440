import { councilSchema, councilScope, InputError, type Tx } from "@lgp/db";
import { sendEmailJob } from "@lgp/email";
import { startJobs, type Jobs } from "@lgp/jobs";
import { Temporal } from "@lgp/time";
import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultRecheck, notMatchedIn, recordVetting, type VettingRecordInput } from "../src/vetting";
import { sendVettingNotices } from "../src/vetting-notices";
import { testCouncils } from "./support/council";

const councils = testCouncils("vetting", ["croydon", "merton"]);
const sender = { name: "Croydon Council", brandColour: "#000000", brandTextColour: "#ffffff" };
let jobs: Jobs;
// Enqueue only: the emails are read from the council's table, and none is sent.
beforeAll(async () => {
  jobs = await startJobs(councils.database, [sendEmailJob], { work: false });
});
afterAll(() => jobs?.stop());

const { people, helpers, categories, helperCategories, roleGrants, emails, vettingRecords } = councilSchema;
const TODAY = "2026-11-27";

/** An approved volunteer helping in personal care (enhanced with barred lists) and calls (ID check), and a member of staff. */
async function approvedHelper(tx: Tx, tag: string) {
  const [volunteer] = await tx.insert(people).values({ email: `${tag}@volunteer.example` }).returning();
  const [staff] = await tx.insert(people).values({ email: `staff-${tag}@croydon.example` }).returning();
  const [helper] = await tx.insert(helpers).values({ kind: "volunteer", personId: volunteer!.id, publicName: `Val ${tag}`, status: "approved" }).returning();
  const [care] = await tx.insert(categories).values({ slug: `care-${tag}`, name: `Personal care ${tag}`, requiredCheck: "dbs_enhanced_barred" }).returning();
  const [calls] = await tx.insert(categories).values({ slug: `calls-${tag}`, name: `Calls ${tag}`, requiredCheck: "id_check", position: 1 }).returning();
  await tx.insert(helperCategories).values([care, calls].map((c) => ({ helperId: helper!.id, categoryId: c!.id })));
  return { helper: helper!, staff: staff!, volunteer: volunteer! };
}

const good = (helperId: number): VettingRecordInput => ({ helperId, check: "dbs_enhanced_barred", certificateNumber: "0012 3456 7890", issuedOn: "2026-01-10", updateService: "yes", recheckOn: "2029-01-10" });

const refusal = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => (e instanceof InputError ? e.fields : e));

describe("recording a check", () => {
  it("keeps the certificate's details, who verified it and when, and offers a recheck 3 years after issue", async () => {
    await councils.run("croydon", async (tx) => {
      const { helper, staff } = await approvedHelper(tx, "record");
      const recorded = await recordVetting(tx, { ...good(helper.id), verifiedBy: staff.id, today: TODAY });
      expect(recorded).toMatchObject({ check: "dbs_enhanced_barred", certificateNumber: "001234567890", updateService: true, issuedOn: "2026-01-10", recheckOn: "2029-01-10", verifiedBy: staff.id });
      expect(recorded!.verifiedAt).toBeInstanceOf(Date);
      expect(defaultRecheck("2026-02-28")).toBe("2029-02-28");
      expect(await notMatchedIn(tx, helper.id, TODAY)).toEqual([]);
    });
  });

  it("refuses an issue date in the future, a recheck date in the past or before issue, and a wrong certificate number, writing nothing", async () => {
    await councils.run("croydon", async (tx) => {
      const { helper, staff } = await approvedHelper(tx, "refuse");
      const at = (given: Partial<VettingRecordInput>) => refusal(recordVetting(tx, { ...good(helper.id), ...given, verifiedBy: staff.id, today: TODAY }));
      expect(await at({ issuedOn: "2026-11-28" })).toEqual({ issuedOn: "The date the certificate was issued must be today or in the past" });
      expect(await at({ recheckOn: "2026-11-26" })).toEqual({ recheckOn: "The date the check must be made again must be today or in the future" });
      expect(await at({ issuedOn: "2026-11-27", recheckOn: "2026-11-27" })).toEqual({ recheckOn: "The date the check must be made again must be after the date the certificate was issued" });
      expect(await at({ issuedOn: "2026-02-30" })).toEqual({ issuedOn: "The date the certificate was issued must be a real date" });
      expect(await at({ certificateNumber: "12345" })).toEqual({ certificateNumber: "Enter the 12-digit DBS certificate number, like 001234567890" });
      expect(await at({ check: "id_check", certificateNumber: "!!" })).toEqual({ certificateNumber: "Enter the ID document's number or reference, using letters, numbers and dashes" });
      expect(await tx.select().from(vettingRecords).where(eq(vettingRecords.helperId, helper.id))).toEqual([]);
    });
  });

  it("finds no helper of another council by its id, nor one still signing up", async () => {
    const { helper, staff } = await councils.run("croydon", (tx) => approvedHelper(tx, "isolated"));
    await councils.run("merton", async (tx) => {
      const [someone] = await tx.insert(people).values({ email: "staff@merton.example" }).returning();
      expect(await recordVetting(tx, { ...good(helper.id), verifiedBy: someone!.id, today: TODAY })).toBeNull();
    });
    await councils.run("croydon", async (tx) => {
      await tx.update(helpers).set({ status: "applying" }).where(eq(helpers.id, helper.id));
      expect(await recordVetting(tx, { ...good(helper.id), verifiedBy: staff.id, today: TODAY })).toBeNull();
    });
  });
});

describe("reminders and lapses", () => {
  const scope = () => councilScope(councils.database, "croydon");
  const day = (offset: number) => Temporal.PlainDate.from(TODAY).add({ days: offset }).toString();
  const run = (today: string) => scope().run((tx) => sendVettingNotices(tx, scope(), sender, { today, siteUrl: "https://croydon.example" }));
  const kindsTo = (recipient: string) => scope().run(async (tx) => (await tx.select().from(emails).where(eq(emails.recipient, recipient)).orderBy(asc(emails.id))).map((e) => e.kind));

  it("reminds at 60, 30 and 7 days once each, then on lapse tells the helper and the safeguarding leads and admins once, and stops matching", async () => {
    const { helper, volunteer } = await scope().run(async (tx) => {
      const made = await approvedHelper(tx, "lapse");
      const [lead] = await tx.insert(people).values({ email: "lead@croydon.example" }).returning();
      await tx.insert(roleGrants).values({ personId: lead!.id, role: "safeguarding_lead" });
      // Recheck 65 days from TODAY: the first reminder is due 5 days on.
      await recordVetting(tx, { ...good(made.helper.id), issuedOn: "2024-01-01", recheckOn: day(65), verifiedBy: made.staff.id, today: TODAY });
      return made;
    });

    expect(await run(TODAY)).toEqual({ reminders: 0, lapses: 0 });
    expect(await run(day(5))).toEqual({ reminders: 1, lapses: 0 });
    expect(await run(day(6))).toEqual({ reminders: 0, lapses: 0 });
    expect(await run(day(35))).toEqual({ reminders: 1, lapses: 0 });
    expect(await run(day(35))).toEqual({ reminders: 0, lapses: 0 });
    expect(await run(day(58))).toEqual({ reminders: 1, lapses: 0 });
    expect(await run(day(65))).toEqual({ reminders: 0, lapses: 0 });
    expect(await kindsTo(volunteer.email)).toEqual(["vetting-reminder", "vetting-reminder", "vetting-reminder"]);

    expect(await run(day(66))).toEqual({ reminders: 0, lapses: 1 });
    expect(await run(day(67))).toEqual({ reminders: 0, lapses: 0 });
    expect(await kindsTo(volunteer.email)).toEqual(["vetting-reminder", "vetting-reminder", "vetting-reminder", "vetting-lapsed"]);
    expect(await kindsTo("lead@croydon.example")).toEqual(["vetting-lapsed"]);

    const missing = await scope().run((tx) => notMatchedIn(tx, helper.id, day(66)));
    expect(missing).toEqual([expect.objectContaining({ categoryName: "Personal care lapse", requiredCheck: "dbs_enhanced_barred", lapsedOn: day(66) }), expect.objectContaining({ categoryName: "Calls lapse", lapsedOn: day(66) })]);
  });

  it("sends one reminder, the nearest, when the first run comes late, and none for a check renewed since", async () => {
    const { volunteer } = await scope().run(async (tx) => {
      const made = await approvedHelper(tx, "late");
      await recordVetting(tx, { ...good(made.helper.id), issuedOn: "2024-01-01", recheckOn: day(20), verifiedBy: made.staff.id, today: TODAY });
      return made;
    });
    expect(await run(TODAY)).toMatchObject({ reminders: 1 });
    expect(await run(day(14))).toMatchObject({ reminders: 1 });
    expect(await kindsTo(volunteer.email)).toEqual(["vetting-reminder", "vetting-reminder"]);

    const renewed = await scope().run(async (tx) => {
      const made = await approvedHelper(tx, "renewed");
      await recordVetting(tx, { ...good(made.helper.id), issuedOn: "2024-01-01", recheckOn: day(10), verifiedBy: made.staff.id, today: TODAY });
      await recordVetting(tx, { ...good(made.helper.id), issuedOn: "2026-11-01", recheckOn: "2029-11-01", verifiedBy: made.staff.id, today: TODAY });
      return made;
    });
    await run(day(11));
    expect(await kindsTo(renewed.volunteer.email)).toEqual([]);
  });
});
