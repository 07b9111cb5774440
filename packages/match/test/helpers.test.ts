import { councilSchema, councilScope, InputError, type Tx } from "@lgp/db";
import { sendEmailJob } from "@lgp/email";
import { startJobs, type Jobs } from "@lgp/jobs";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { approveHelper, declineHelper, helperForStaff, helpersForStaff } from "../src/helper-decisions";
import { saveSignUpTask, signUpProgress, startSignUp, submitSignUp } from "../src/helpers";
import type { SignUpAnswers } from "../src/sign-up-tasks";
import { signUpAnswers } from "../src/sign-up-tasks";
import { testCouncils } from "./support/council";

const councils = testCouncils("helpers", ["bromley", "lambeth"]);
const sender = { name: "Bromley Council", brandColour: "#000000", brandTextColour: "#ffffff" };
const siteUrl = "https://bromley.example";
let jobs: Jobs;
// Enqueue only: the emails are read from the council's table, and none is sent.
beforeAll(async () => {
  jobs = await startJobs(councils.database, [sendEmailJob], { work: false });
});
afterAll(() => jobs?.stop());

const { people, categories, postcodes, emails, helpers } = councilSchema;

async function person(tx: Tx, email: string) {
  const [row] = await tx.insert(people).values({ email }).returning();
  return row!;
}

/** A council with a postcode and two categories, and a person to sign up. */
async function setting(tx: Tx, tag: string) {
  await tx.insert(postcodes).values({ postcode: "BR1 1AA", latitude: 51.4, longitude: 0.01, wardCode: "E05000109", wardName: "Bromley Town" }).onConflictDoNothing();
  const [care] = await tx.insert(categories).values({ slug: `care-${tag}`, name: `Care ${tag}`, requiredCheck: "dbs_enhanced_barred" }).returning();
  const [calls] = await tx.insert(categories).values({ slug: `calls-${tag}`, name: `Calls ${tag}`, requiredCheck: "id_check", position: 1 }).returning();
  return { care: care!, calls: calls!, volunteer: await person(tx, `${tag}@volunteer.example`) };
}

const answers = (categoryIds: number[]): SignUpAnswers[] =>
  [
    { task: "details", publicName: "Val", about: "Happy to help." },
    { task: "area", areaKind: "radius", postcode: "br11aa", radiusKm: 3 },
    { task: "availability", availability: ["mon-morning", "sat-afternoon"] },
    { task: "categories", categoryIds },
    { task: "capacity", capacity: 2 },
    { task: "access", languages: "English, Polish, english", gender: "female" },
    { task: "notice", notice: "daily" },
  ].map((a) => signUpAnswers.parse(a));

const message = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => (e instanceof InputError ? e.message : e));

describe("signing up to help", () => {
  it("shows each task incomplete until saved, refuses to send naming what is left, then sends", async () => {
    await councils.run("bromley", async (tx) => {
      const { care, calls, volunteer } = await setting(tx, "task");
      const helper = (await startSignUp(tx, { personId: volunteer.id }))!;
      expect(signUpProgress(helper).every((t) => !t.done)).toBe(true);
      expect((await startSignUp(tx, { personId: volunteer.id }))!.id).toBe(helper.id);

      const [details, area, availability, ...rest] = answers([care.id, calls.id]);
      await saveSignUpTask(tx, { personId: volunteer.id, helperId: helper.id, answers: details! });
      const afterArea = (await saveSignUpTask(tx, { personId: volunteer.id, helperId: helper.id, answers: area! }))!;
      expect(signUpProgress(afterArea).filter((t) => t.done).map((t) => t.task)).toEqual(["details", "area"]);
      expect(afterArea).toMatchObject({ postcode: "BR1 1AA", latitude: 51.4, radiusKm: 3 });

      expect(await message(submitSignUp(tx, { personId: volunteer.id, helperId: helper.id }))).toBe(
        "Complete when you are free, what you help with, how many people at once, languages and access and how you hear of new needs before you send your sign-up.",
      );

      for (const task of [availability!, ...rest]) await saveSignUpTask(tx, { personId: volunteer.id, helperId: helper.id, answers: task });
      const sent = (await submitSignUp(tx, { personId: volunteer.id, helperId: helper.id }))!;
      expect(sent).toMatchObject({ status: "submitted", languages: ["English", "Polish"], gender: "female", notice: "daily", capacity: 2 });
      expect(await message(saveSignUpTask(tx, { personId: volunteer.id, helperId: helper.id, answers: details! }))).toMatch(/You have sent your sign-up/);
    });
  });

  it("refuses a postcode the council does not know, and a retired or unknown category, writing nothing", async () => {
    await councils.run("bromley", async (tx) => {
      const { volunteer } = await setting(tx, "refuse");
      const helper = (await startSignUp(tx, { personId: volunteer.id }))!;
      const unknownPostcode = signUpAnswers.parse({ task: "area", areaKind: "radius", postcode: "SW1A 1AA", radiusKm: 2 });
      expect(await message(saveSignUpTask(tx, { personId: volunteer.id, helperId: helper.id, answers: unknownPostcode }))).toMatch(/We do not know that postcode/);
      const unknownCategory = signUpAnswers.parse({ task: "categories", categoryIds: [999_999] });
      expect(await message(saveSignUpTask(tx, { personId: volunteer.id, helperId: helper.id, answers: unknownCategory }))).toBe("Choose kinds of help from the list");
      const [row] = await tx.select().from(helpers).where(eq(helpers.id, helper.id));
      expect(row!.signUpTasks).toEqual([]);
    });
    expect(signUpAnswers.safeParse({ task: "area", areaKind: "radius", postcode: "nonsense", radiusKm: 80 }).error?.issues.map((i) => i.message)).toEqual([
      "Enter a real postcode, like KT1 1EU",
      "Enter a distance from 0.5 to 50 kilometres",
    ]);
    expect(signUpAnswers.safeParse({ task: "capacity", capacity: 51 }).error?.issues[0]?.message).toBe("Enter a number from 1 to 50");
    expect(signUpAnswers.safeParse({ task: "availability", availability: [] }).error?.issues[0]?.message).toBe("Choose at least one part of the week when you are free");
  });

  it("lets no one act for another person's helper, nor an organisation they do not own", async () => {
    await councils.run("bromley", async (tx) => {
      const { volunteer } = await setting(tx, "other");
      const stranger = await person(tx, "stranger@example.com");
      const helper = (await startSignUp(tx, { personId: volunteer.id }))!;
      const details = answers([1])[0];
      expect(await saveSignUpTask(tx, { personId: stranger.id, helperId: helper.id, answers: details! })).toBeNull();
      expect(await submitSignUp(tx, { personId: stranger.id, helperId: helper.id })).toBeNull();
      const [organisation] = await tx.insert(councilSchema.organisations).values({ name: "Not theirs", kind: "business" }).returning();
      expect(await startSignUp(tx, { personId: stranger.id, organisationId: organisation!.id })).toBeNull();
    });
  });
});

describe("staff deciding on a helper", () => {
  async function submitted(tx: Tx, tag: string) {
    const { care, calls, volunteer } = await setting(tx, tag);
    const helper = (await startSignUp(tx, { personId: volunteer.id }))!;
    for (const task of answers([care.id, calls.id])) await saveSignUpTask(tx, { personId: volunteer.id, helperId: helper.id, answers: task });
    await submitSignUp(tx, { personId: volunteer.id, helperId: helper.id });
    return { helper, volunteer, staff: await person(tx, `staff-${tag}@bromley.example`) };
  }
  const scope = () => councilScope(councils.database, "bromley");

  it("approves a waiting helper and emails them through the queue; a second decision is refused", async () => {
    await scope().run(async (tx) => {
      const { helper, volunteer, staff } = await submitted(tx, "approve");
      expect((await helpersForStaff(tx)).waiting.map((h) => h.id)).toContain(helper.id);
      const approved = await approveHelper(tx, scope(), sender, { helperId: helper.id, actorId: staff.id, siteUrl });
      expect(approved).toMatchObject({ status: "approved", decidedBy: staff.id });
      const queued = await tx.select().from(emails).where(eq(emails.recipient, volunteer.email));
      expect(queued.map((e) => e.kind)).toEqual(["helper-approved"]);
      expect((await helpersForStaff(tx)).approved.map((h) => h.id)).toContain(helper.id);
      expect(await message(declineHelper(tx, scope(), sender, { helperId: helper.id, actorId: staff.id, siteUrl, reason: "Changed our mind" }))).toBe("Val is not waiting for a decision: they are approved.");
    });
  });

  it("lets an approved helper change where, when and how much they help, staying approved, but not who they are or what they help with", async () => {
    await scope().run(async (tx) => {
      const { helper, volunteer, staff } = await submitted(tx, "changes");
      await approveHelper(tx, scope(), sender, { helperId: helper.id, actorId: staff.id, siteUrl });
      const capacity = signUpAnswers.parse({ task: "capacity", capacity: 4 });
      const changed = await saveSignUpTask(tx, { personId: volunteer.id, helperId: helper.id, answers: capacity });
      expect(changed).toMatchObject({ status: "approved", capacity: 4 });
      const details = signUpAnswers.parse({ task: "details", publicName: "Valerie", about: "Happy to help." });
      expect(await message(saveSignUpTask(tx, { personId: volunteer.id, helperId: helper.id, answers: details }))).toBe(
        "You are already approved. Contact the council to change who you are or what you help with.",
      );
      expect(await message(submitSignUp(tx, { personId: volunteer.id, helperId: helper.id }))).toBe(
        "You are already approved. Contact the council to change who you are or what you help with.",
      );
    });
  });

  it("declines with a reason, which is required, and the helper may send again", async () => {
    await scope().run(async (tx) => {
      const { helper, volunteer, staff } = await submitted(tx, "decline");
      expect(await message(declineHelper(tx, scope(), sender, { helperId: helper.id, actorId: staff.id, siteUrl, reason: "  " }))).toBe("Enter the reason you are declining them");
      await declineHelper(tx, scope(), sender, { helperId: helper.id, actorId: staff.id, siteUrl, reason: "We could not confirm your references." });
      const [queued] = await tx.select().from(emails).where(eq(emails.recipient, volunteer.email));
      expect(queued).toMatchObject({ kind: "helper-declined" });
      expect(JSON.stringify(queued!.message)).toContain("We could not confirm your references.");
      expect((await helpersForStaff(tx)).declined.map((h) => h.id)).toContain(helper.id);
      const details = answers([1])[0];
      expect(await saveSignUpTask(tx, { personId: volunteer.id, helperId: helper.id, answers: details! })).toMatchObject({ status: "applying" });
      expect(await submitSignUp(tx, { personId: volunteer.id, helperId: helper.id })).toMatchObject({ status: "submitted" });
    });
  });

  it("does not find a helper still signing up, nor one from another council by its id", async () => {
    const { helper } = await scope().run((tx) => submitted(tx, "elsewhere"));
    const applying = await scope().run(async (tx) => (await startSignUp(tx, { personId: (await person(tx, "new@volunteer.example")).id }))!);
    expect(await scope().run((tx) => helperForStaff(tx, applying.id))).toBeNull();
    expect(await scope().run((tx) => helperForStaff(tx, helper.id))).toMatchObject({ id: helper.id, contacts: ["elsewhere@volunteer.example"] });
    const lambeth = councilScope(councils.database, "lambeth");
    await lambeth.run(async (tx) => {
      const staff = await person(tx, "staff@lambeth.example");
      expect(await helperForStaff(tx, helper.id)).toBeNull();
      expect(await approveHelper(tx, lambeth, sender, { helperId: helper.id, actorId: staff.id, siteUrl })).toBeNull();
    });
  });
});
