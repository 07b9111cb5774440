import { councilScope } from "@lgp/db";
import { grantsOf, listAudit } from "@lgp/identity";
import { signUpAnswers } from "@lgp/match";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
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
