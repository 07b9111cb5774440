import { councilScope } from "@lgp/db";
import { grantsOf, listAudit } from "@lgp/identity";
import { signUpAnswers } from "@lgp/match";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { sampleMatch } from "./support/safety-samples";
import { enrol, callerFor, createWorld, type World } from "./support/world";

let world: World;
beforeAll(async () => {
  world = await createWorld("helpers");
});
afterAll(() => world?.close());

const failure = (promise: Promise<unknown>) => promise.then(() => null, (e: unknown) => (e instanceof TRPCError ? { code: e.code, message: e.message } : e));
const kingston = () => councilScope(world.database, "kingston");
const latestAudit = async () => kingston().run(async (tx) => (await listAudit(tx, kingston(), {}, 1))[0]);

/** A new person on Kingston's site, signed up as a volunteer through every task and sent to the council. */
async function signedUpVolunteer(email: string) {
  const person = await enrol(kingston(), email, ["resident"]);
  const caller = callerFor(world, await world.site("kingston"), person);
  const { id: helperId } = await caller.match.startSignUp({});
  const { categories } = await caller.match.signUp({ helperId });
  const tasks: z.input<typeof signUpAnswers>[] = [
    { task: "details", publicName: "Robin", about: "Keen gardener." },
    { task: "area", areaKind: "radius", postcode: "KT1 1EU", radiusKm: 2 },
    { task: "availability", availability: ["sat-morning"] },
    { task: "categories", categoryIds: [categories[0]!.id] },
    { task: "capacity", capacity: 1 },
    { task: "access", languages: "English", gender: "unsaid" },
    { task: "notice", notice: "never" },
  ];
  for (const task of tasks) await caller.match.saveSignUpTask({ helperId, ...task });
  await caller.match.submitSignUp({ helperId });
  return { person, caller, helperId };
}

describe("helpers through the API", () => {
  it("a resident signs up, staff see them waiting, approve them (a volunteer from then on) and record a check, each audited", async () => {
    const { person, caller, helperId } = await signedUpVolunteer("robin@resident.example");
    expect((await caller.match.myHelpers()).helpers).toEqual([expect.objectContaining({ id: helperId, status: "submitted", publicName: "Robin" })]);
    expect(await latestAudit()).toMatchObject({ action: "helper.submitted", subject: "Robin" });

    const staff = callerFor(world, await world.site("kingston"), world.people.kingstonStaff);
    expect((await staff.match.staffHelpers()).waiting.map((h) => h.id)).toContain(helperId);
    await staff.match.approveHelper({ helperId });
    expect(await latestAudit()).toMatchObject({ action: "helper.approved", subject: "Robin", actor: "staff@kingston.example" });
    expect((await kingston().run((tx) => grantsOf(tx, kingston(), person.id))).map((g) => g.role)).toContain("volunteer");

    await staff.match.recordVetting({ helperId, check: "dbs_basic", certificateNumber: "001234567890", issuedOn: "2026-01-05", updateService: "no", recheckOn: "2029-01-05" });
    expect(await latestAudit()).toMatchObject({ action: "helper.vetting_recorded", detail: { helperId, check: "dbs_basic", certificateNumber: "001234567890" } });
    const seen = await staff.match.staffHelper({ helperId });
    expect(seen.vetting).toEqual([expect.objectContaining({ check: "dbs_basic", verifiedBy: "staff@kingston.example", updateService: false })]);
  });

  it("refuses to send an incomplete sign-up with a 400 naming what is left", async () => {
    const person = await enrol(kingston(), "ash@resident.example", ["resident"]);
    const caller = callerFor(world, await world.site("kingston"), person);
    const { id: helperId } = await caller.match.startSignUp({});
    await caller.match.saveSignUpTask({ helperId, task: "capacity", capacity: 2 });
    expect(await failure(caller.match.submitSignUp({ helperId }))).toEqual({
      code: "BAD_REQUEST",
      message: "Complete your details, where you help, when you are free, what you help with, languages and access and how you hear of new needs before you send your sign-up.",
    });
  });

  it("does not let one person touch another's helper, nor Richmond's staff a Kingston helper", async () => {
    const { helperId } = await signedUpVolunteer("sol@resident.example");
    const someoneElse = callerFor(world, await world.site("kingston"), world.people.kingstonResident);
    expect(await failure(someoneElse.match.signUp({ helperId }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await failure(someoneElse.match.saveSignUpTask({ helperId, task: "capacity", capacity: 5 }))).toMatchObject({ code: "NOT_FOUND" });

    const richmondAdmin = callerFor(world, await world.site("richmond"), world.people.richmondAdmin);
    expect(await failure(richmondAdmin.match.staffHelper({ helperId }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await failure(richmondAdmin.match.approveHelper({ helperId }))).toMatchObject({ code: "NOT_FOUND" });
    const staff = callerFor(world, await world.site("kingston"), world.people.kingstonStaff);
    expect((await staff.match.staffHelper({ helperId })).status).toBe("submitted");
  });
});

/** The volunteer of a helper `sampleMatch` made, signed in on Kingston: found by the contact staff see. */
async function volunteerOf(helperId: number) {
  const staff = callerFor(world, await world.site("kingston"), world.people.kingstonStaff);
  const [email] = (await staff.match.staffHelper({ helperId })).contacts;
  return enrol(kingston(), email!, ["volunteer"]);
}

describe("a helper's ratings", () => {
  it("are shown to staff and to the helper's own people, newest first, and to no one else", async () => {
    const { matchId, helperId } = await sampleMatch(world, "kingston", "ended");
    const resident = callerFor(world, await world.site("kingston"), world.people.kingstonResident);
    await resident.match.rateHelp({ matchId, stars: 4, comment: "Kind and on time." });
    const rating = { matchId, stars: 4, comment: "Kind and on time.", needReference: expect.stringMatching(/^HN-/), createdAt: expect.any(Date) };

    const staff = callerFor(world, await world.site("kingston"), world.people.kingstonStaff);
    expect((await staff.match.staffHelper({ helperId })).ratings).toEqual([rating]);
    const volunteer = callerFor(world, await world.site("kingston"), await volunteerOf(helperId));
    expect((await volunteer.match.myHelpers()).helpers).toEqual([expect.objectContaining({ id: helperId, ratings: [rating] })]);

    // Who rated stays out, even for staff: the request's reference is enough.
    expect(Object.keys((await staff.match.staffHelper({ helperId })).ratings[0]!)).not.toContain("ratedBy");
    const stranger = callerFor(world, await world.site("kingston"), await enrol(kingston(), "stranger@resident.example", ["resident"]));
    expect((await stranger.match.myHelpers()).helpers.flatMap((h) => h.ratings)).toEqual([]);
    expect(await failure(stranger.match.staffHelper({ helperId }))).toMatchObject({ code: "FORBIDDEN" });
    expect((await resident.match.myHelpers()).helpers.flatMap((h) => h.ratings).map((r) => r.matchId)).not.toContain(matchId);
    const richmondAdmin = callerFor(world, await world.site("richmond"), world.people.richmondAdmin);
    expect(await failure(richmondAdmin.match.staffHelper({ helperId }))).toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("how a helper hears of new needs", () => {
  it("can be changed by an approved helper's people, audited, and by no one else", async () => {
    const { caller, helperId } = await signedUpVolunteer("hazel@resident.example");
    const staff = callerFor(world, await world.site("kingston"), world.people.kingstonStaff);
    await staff.match.approveHelper({ helperId });

    expect(await caller.match.chooseNotice({ helperId, notice: "daily" })).toEqual({ id: helperId, notice: "daily" });
    expect((await caller.match.myHelpers()).helpers).toEqual([expect.objectContaining({ id: helperId, status: "approved", notice: "daily" })]);
    expect(await latestAudit()).toMatchObject({ action: "helper.notice_chosen", actor: "hazel@resident.example", detail: { helperId, notice: "daily" } });

    const stranger = callerFor(world, await world.site("kingston"), world.people.kingstonResident);
    expect(await failure(stranger.match.chooseNotice({ helperId, notice: "never" }))).toMatchObject({ code: "NOT_FOUND" });
    const richmondAdmin = callerFor(world, await world.site("richmond"), world.people.richmondAdmin);
    expect(await failure(richmondAdmin.match.chooseNotice({ helperId, notice: "never" }))).toMatchObject({ code: "NOT_FOUND" });
    expect((await caller.match.myHelpers()).helpers[0]!.notice).toBe("daily");
  });

  it("refuses a choice not on the list with a 400 naming the field", async () => {
    const { caller, helperId } = await signedUpVolunteer("iris@resident.example");
    const refused = await caller.match.chooseNotice({ helperId, notice: "weekly" as "daily" }).then(() => null, (e: unknown) => e as TRPCError);
    expect(refused).toMatchObject({ code: "BAD_REQUEST" });
    expect(JSON.stringify(refused?.cause)).toContain("Choose how you want to hear of new needs");
  });

  it("can be chosen while still signing up, which completes that task", async () => {
    const person = await enrol(kingston(), "juniper@resident.example", ["resident"]);
    const caller = callerFor(world, await world.site("kingston"), person);
    const { id: helperId } = await caller.match.startSignUp({});
    await caller.match.chooseNotice({ helperId, notice: "never" });
    const signUp = await caller.match.signUp({ helperId });
    expect(signUp.helper).toMatchObject({ status: "applying", notice: "never" });
    expect(signUp.tasks).toContainEqual({ task: "notice", done: true });
  });
});
