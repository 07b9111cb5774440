import { councilScope } from "@lgp/db";
import { grantsOf, listAudit } from "@lgp/identity";
import { createNeed, expireNeedsAndTell } from "@lgp/match";
import { Temporal } from "@lgp/time";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emailTo } from "./support/email";
import { needDetailsFor, sampleNeedReference } from "./support/need-samples";
import { callerFor, createWorld, enrol, type World } from "./support/world";

let world: World;
beforeAll(async () => {
  world = await createWorld("needs");
});
afterAll(() => world?.close());

const failure = (promise: Promise<unknown>) => promise.then(() => null, (e: unknown) => e);
const codeOf = async (promise: Promise<unknown>) => {
  const error = await failure(promise);
  return error instanceof TRPCError ? error.code : error;
};
const kingston = () => councilScope(world.database, "kingston");
const auditOf = (slug: string) => councilScope(world.database, slug).run((tx) => listAudit(tx, councilScope(world.database, slug), {}, 100_000));

describe("a resident's request for help", () => {
  it("goes through the question pages' draft to a need with a reference, which they alone see", async () => {
    const resident = callerFor(world, await world.site("kingston"), world.people.kingstonResident);
    const details = needDetailsFor("kingston");
    await resident.match.answerNeedQuestion({ question: "category", category: details.category });
    expect((await resident.match.needDraft()).next).toBe("description");
    await resident.match.answerNeedQuestion({ question: "description", description: details.description });
    await resident.match.answerNeedQuestion({ question: "postcode", postcode: "kt11eu" });
    await resident.match.answerNeedQuestion({ question: "when", times: ["tue-afternoon"], dates: [] });
    await resident.match.answerNeedQuestion({ question: "urgency", urgency: "flexible" });
    await resident.match.answerNeedQuestion({ question: "preferences", helperGender: "none", accessibility: [] });
    const { reference } = await resident.match.submitNeed();
    expect(reference).toMatch(/^HN-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect((await resident.match.myNeeds())[0]).toMatchObject({ reference, status: "open", categoryName: "Befriending" });
    expect(await resident.match.myNeed({ reference: reference.toLowerCase() })).toMatchObject({ reference, postcode: "KT1 1EU", trail: [{ to: "open", actor: "resident" }] });
    expect(await resident.match.needDraft()).toEqual({ answers: {}, next: "category" });

    const neighbour = await enrol(kingston(), "neighbour@kingston.example", ["resident"]);
    const other = callerFor(world, await world.site("kingston"), neighbour);
    expect(await codeOf(other.match.myNeed({ reference }))).toBe("NOT_FOUND");
    expect(await codeOf(other.match.withdrawNeed({ reference, reason: "Not mine" }))).toBe("NOT_FOUND");
    expect(await other.match.myNeeds()).toEqual([]);

    await resident.match.withdrawNeed({ reference, reason: "My daughter is helping now" });
    expect((await resident.match.myNeed({ reference })).status).toBe("withdrawn");
    const again = await failure(resident.match.withdrawNeed({ reference, reason: "Again" }));
    expect(again).toMatchObject({ code: "BAD_REQUEST", message: "This request has already been withdrawn, so it cannot be withdrawn." });
  });

  it("refuses a postcode the council does not know, on its own page", async () => {
    const resident = callerFor(world, await world.site("kingston"), world.people.kingstonResident);
    const error = await failure(resident.match.answerNeedQuestion({ question: "postcode", postcode: "TW1 3BZ" }));
    expect(error).toMatchObject({ code: "BAD_REQUEST" });
    expect((error as Error).message).toMatch(/could not find that postcode/);
  });
});

describe("needs across councils", () => {
  it("finds a reference from another council nowhere: not for its staff, nor its residents", async () => {
    const reference = await sampleNeedReference(world, "kingston");
    const richmondAdmin = callerFor(world, await world.site("richmond"), world.people.richmondAdmin);
    expect(await codeOf(richmondAdmin.match.staffNeed({ reference }))).toBe("NOT_FOUND");
    expect(await codeOf(richmondAdmin.match.closeNeed({ reference, reason: "Not ours" }))).toBe("NOT_FOUND");
    // Richmond's admin has Kingston's admin's id: only the council's own schema tells their needs apart.
    expect(await codeOf(richmondAdmin.match.myNeed({ reference }))).toBe("NOT_FOUND");
    expect((await richmondAdmin.match.staffNeeds({})).needs.map((n) => n.reference)).not.toContain(reference);
  });
});

describe("staff and referrers", () => {
  it("audit every view of a resident's need by staff, and show who asked and the trail", async () => {
    const reference = await sampleNeedReference(world, "kingston");
    const staff = callerFor(world, await world.site("kingston"), world.people.kingstonStaff);
    const need = await staff.match.staffNeed({ reference });
    expect(need).toMatchObject({ reference, resident: { email: "resident@kingston.example" }, createdBy: { isResident: true }, consent: null });
    expect((await auditOf("kingston"))[0]).toMatchObject({ action: "need.viewed", subject: reference, actor: "staff@kingston.example" });
    const listed = await staff.match.staffNeeds({ status: "open", category: "befriending" });
    expect(listed.needs.map((n) => n.reference)).toContain(reference);
    expect(listed.counts.open).toBeGreaterThan(0);

    await staff.match.closeNeed({ reference, reason: "A local group is helping" });
    const closed = await staff.match.staffNeed({ reference });
    expect(closed.trail.at(-1)).toMatchObject({ from: "open", to: "closed", actor: "staff", actorEmail: "staff@kingston.example", reason: "A local group is helping" });
  });

  it("let an approved referrer ask for help for a resident, only with the resident's consent", async () => {
    const referrer = await enrol(kingston(), "prescriber@surgery.example", ["referrer"]);
    const caller = callerFor(world, await world.site("kingston"), referrer);
    const asked = { residentEmail: "Lou@Example.com", ...needDetailsFor("kingston") };
    const refused = await failure(caller.match.createNeedForResident(asked as never));
    expect(refused).toMatchObject({ code: "BAD_REQUEST" });
    const { reference } = await caller.match.createNeedForResident({ ...asked, consentGivenBy: "Lou Resident", consentOn: "2026-01-05", consentHow: "in_person" });
    const staff = callerFor(world, await world.site("kingston"), world.people.kingstonStaff);
    expect(await staff.match.staffNeed({ reference })).toMatchObject({
      resident: { email: "lou@example.com" },
      createdBy: { email: "prescriber@surgery.example", isResident: false },
      consent: { givenBy: "Lou Resident", how: "in_person" },
      trail: [{ to: "open", actor: "referrer", reason: "Asked for help for the resident" }],
    });
    // A referrer asks for help; they do not browse the council's requests.
    expect(await codeOf(caller.match.staffNeeds({}))).toBe("FORBIDDEN");
  });

  it("refuse a resident asking for help for someone else", async () => {
    const resident = callerFor(world, await world.site("kingston"), world.people.kingstonResident);
    const input = { residentEmail: "someone@example.com", ...needDetailsFor("kingston"), consentGivenBy: "Someone", consentOn: "2026-01-05", consentHow: "phone" as const };
    expect(await codeOf(resident.match.createNeedForResident(input))).toBe("FORBIDDEN");
  });
});

describe("the roles admins grant", () => {
  it("include the referrer", async () => {
    const person = await enrol(kingston(), "another-prescriber@surgery.example", ["resident"]);
    const admin = callerFor(world, await world.site("kingston"), world.people.kingstonAdmin);
    await admin.admin.setRoles({ personId: person.id, roles: ["referrer"] });
    const roles = await kingston().run((tx) => grantsOf(tx, kingston(), person.id));
    expect(roles.map((g) => g.role)).toContain("referrer");
  });
});

describe("an unmet need's expiry", () => {
  it("expires it with the platform's reason and emails the resident what they can do, through the queue", async () => {
    const scope = kingston();
    const resident = await enrol(scope, "expiring@kingston.example", ["resident"]);
    const asked = Temporal.Instant.from("2026-01-05T10:00:00Z");
    const { reference } = await scope.run((tx) => createNeed(tx, { residentId: resident.id, createdBy: resident.id, details: needDetailsFor("kingston"), now: asked }));
    const sender = { name: "Kingston Council", brandColour: "#0b3b6e", brandTextColour: "#ffffff" };
    const expired = await scope.run((tx) => expireNeedsAndTell(tx, scope, sender, "http://kingston.localhost:3000", asked.add({ hours: 29 * 24 })));
    expect(expired).toBeGreaterThanOrEqual(1);
    const seen = await callerFor(world, await world.site("kingston"), resident).match.myNeed({ reference });
    expect(seen.status).toBe("expired");
    expect(seen.trail.at(-1)).toMatchObject({ from: "open", to: "expired", actor: "site", reason: "No helper was found within 28 days" });
    const email = await emailTo(scope, "expiring@kingston.example");
    expect(email.subject).toBe(`Your request for help ${reference} has expired`);
    expect(email.textBody).toContain("http://kingston.localhost:3000/help/ask");
  });
});
