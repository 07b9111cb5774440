import { RegistryCache, type Site } from "@lgp/councils";
import { connectPostgres, councilScope, type Database } from "@lgp/db";
import { createMigratedTestDatabase, type MigratedTestDatabase } from "@lgp/db/testing";
import { findOrCreatePerson, grantRole, grantsOf, scopedAdapter, type Role } from "@lgp/identity";
import type { Jobs } from "@lgp/jobs";
import { EMAIL_TEMPLATES } from "@lgp/modules";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoTemplate } from "./support/demo-template";
import { emailTo, startEmailJobs } from "./support/email";
import { createContext } from "../src/context";
import { createCaller } from "../src/root";

let test: MigratedTestDatabase;
let database: Database;
let registry: RegistryCache;
let adminId: number;
let jobs: Jobs;

beforeAll(async () => {
  test = await createMigratedTestDatabase("admin", { template: demoTemplate });
  database = await connectPostgres(test.appUrl);
  jobs = await startEmailJobs(database);
  registry = new RegistryCache(database, "localhost");
  const scope = councilScope(database, "sutton");
  adminId = (await scope.run((tx) => findOrCreatePerson(tx, scope, "admin@sutton.example"))).id;
  await scope.run((tx) => grantRole(tx, scope, adminId, "council_admin"));
});
afterAll(async () => {
  await jobs?.stop();
  await database?.close();
  await test?.drop();
});

async function asAdmin(slug = "sutton") {
  const site: Site = { kind: "council", council: (await registry.council(slug))! };
  return createCaller(createContext(database, site, { id: adminId, email: "admin@sutton.example", roles: ["council_admin"] as Role[] }, { url: `http://${slug}.localhost:3000`, ip: "192.0.2.7", userAgent: "test" }));
}

const details = { contactEmail: "help@sutton.example", contactPhone: "020 8770 5000", contactAddress: "Civic Offices, St Nicholas Way", accessibilityContact: "access@sutton.example", accessibilityKnownIssues: "", accessibilityPreparedOn: "2026-11-26", emailSenderName: "Sutton Council" };

describe("the admin console's procedures", () => {
  it("rebrand the council in the registry, after recording who did it", async () => {
    await (await asAdmin()).admin.updateBranding({ name: "London Borough of Sutton", brandColour: "#003d7a", brandTextColour: "#ffffff", linkColour: "#1d4f91", ...details });
    const council = (await registry.council("sutton"))!;
    expect(council.brandColour).toBe("#003d7a");
    const overview = await (await asAdmin()).admin.overview();
    expect(overview.details).toMatchObject({ contactPhone: "020 8770 5000", accessibilityPreparedOn: "2026-11-26" });
    const { rows } = await (await asAdmin()).admin.audit({ action: "branding.updated" });
    expect(rows[0]).toMatchObject({ actor: "admin@sutton.example", ip: "192.0.2.7" });
    expect((rows[0]!.detail as { after: { brandColour: string } }).after.brandColour).toBe("#003d7a");
  });

  it("refuse an unreadable colour, naming the ratio, and change nothing", async () => {
    const attempt = (await asAdmin()).admin.updateBranding({ name: "London Borough of Sutton", brandColour: "#aaaaaa", brandTextColour: "#ffffff", linkColour: "#1d4f91", ...details });
    await expect(attempt).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("2.32:1") });
    expect((await registry.council("sutton"))!.brandColour).toBe("#003d7a");
  });

  it("take a PNG logo and refuse a file that is not an image", async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    const before = (await registry.council("sutton"))!.updatedAt.getTime();
    await (await asAdmin()).admin.uploadLogo({ bytes: png });
    expect((await registry.council("sutton"))!.updatedAt.getTime()).toBeGreaterThan(before);
    await expect((await asAdmin()).admin.uploadLogo({ bytes: new TextEncoder().encode("<html><script>alert(1)</script>") })).rejects.toMatchObject({
      message: "The logo must be a PNG, JPEG or SVG image.",
    });
    const tooBig = new Uint8Array(300 * 1024);
    tooBig.set(png);
    await expect((await asAdmin()).admin.uploadLogo({ bytes: tooBig })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "The logo must be smaller than 200 KB; this one is 300 KB.",
    });
  });

  it("switch modules, and a switched-off module's procedures answer 404", async () => {
    const resident = async () => createCaller(createContext(database, { kind: "council", council: (await registry.council("sutton"))! }));
    expect((await (await resident()).match.categories()).length).toBeGreaterThan(0);
    await (await asAdmin()).admin.setModules({ modules: ["booking"] });
    expect((await registry.council("sutton"))!.modules).toEqual(["booking"]);
    await expect((await resident()).match.categories()).rejects.toMatchObject({ code: "NOT_FOUND" });
    await (await asAdmin()).admin.setModules({ modules: ["match", "booking"] });
    expect((await (await resident()).match.categories()).length).toBeGreaterThan(0);
  });

  it("invite staff by email, change their roles (ending their sessions) and never lock out the last admin", async () => {
    await (await asAdmin()).admin.invite({ email: "Caseworker@Sutton.example", role: "council_staff" });
    const email = await emailTo(councilScope(database, "sutton"), "caseworker@sutton.example");
    expect(email).toMatchObject({ recipient: "caseworker@sutton.example", subject: "You have been invited to Sutton Council" });

    const scope = councilScope(database, "sutton");
    const worker = await scope.run((tx) => findOrCreatePerson(tx, scope, "caseworker@sutton.example"));
    await scope.run((tx) => grantRole(tx, scope, worker.id, "council_staff"));
    await scopedAdapter(scope).createSession!({ sessionToken: "caseworker-session", userId: String(worker.id), expires: new Date(Date.now() + 3_600_000) });
    await (await asAdmin()).admin.setRoles({ personId: worker.id, roles: ["safeguarding_lead"] });
    expect((await scope.run((tx) => grantsOf(tx, scope, worker.id))).map((g) => g.role)).toEqual(["safeguarding_lead"]);
    expect(await scopedAdapter(scope).getSessionAndUser!("caseworker-session")).toBeNull();
    expect((await (await asAdmin()).admin.staff()).map((p) => p.email)).toContain("caseworker@sutton.example");

    await expect((await asAdmin()).admin.setRoles({ personId: adminId, roles: ["council_staff"] })).rejects.toMatchObject({
      message: "You cannot remove your own admin role. Ask another admin to do it.",
    });
  });

  it("cannot reach another council's staff: ids are looked up in the host's council only", async () => {
    const kingston = councilScope(database, "kingston");
    const sutton = councilScope(database, "sutton");
    // Give the Kingston person an id that no one in Sutton has, so only the council's scoping can stop this.
    const suttonIds = new Set((await sutton.run((tx) => tx.select({ id: sutton.tables.people.id }).from(sutton.tables.people))).map((p) => p.id));
    let stranger = await kingston.run((tx) => findOrCreatePerson(tx, kingston, "only-in-kingston-0@example.com"));
    for (let i = 1; suttonIds.has(stranger.id); i++) stranger = await kingston.run((tx) => findOrCreatePerson(tx, kingston, `only-in-kingston-${i}@example.com`));
    await kingston.run((tx) => grantRole(tx, kingston, stranger.id, "council_staff"));

    const attempt = (await asAdmin("sutton")).admin.setRoles({ personId: stranger.id, roles: [] });
    await expect(attempt).rejects.toMatchObject({ code: "NOT_FOUND", message: "There is no such member of staff. Choose someone from the staff list." });
    expect((await kingston.run((tx) => grantsOf(tx, kingston, stranger.id))).map((g) => g.role)).toEqual(["council_staff"]);
  });
});

describe("settings checked beyond their form", () => {
  it("answer a missing Notify key with a 400 naming the field, not a 500", async () => {
    // Every kind of email the platform and its modules send names its template, so only the key is missing.
    const templateIds = Object.fromEntries(EMAIL_TEMPLATES.map((t) => [t.notifyField, "f33517ff-2a88-4f6e-b855-c550268ce08a"]));
    const attempt = (await asAdmin()).admin.saveEmail({ transport: "notify", apiKey: "", ...templateIds } as never);
    await expect(attempt).rejects.toMatchObject({ code: "BAD_REQUEST", message: "Enter the GOV.UK Notify API key" });
    const error = (await attempt.catch((e: unknown) => e)) as { cause: { fields: Record<string, string> } };
    expect(error.cause.fields).toEqual({ apiKey: "Enter the GOV.UK Notify API key" });
  });
});

describe("provider organisations", () => {
  it("an admin registers one and invites its owner; the owner invites members to their own organisation only", async () => {
    await (await asAdmin()).admin.addOrganisation({ name: "Sutton Carers Trust", kind: "voluntary_group", ownerEmail: "Owner@Carers.example" });
    await (await asAdmin()).admin.addOrganisation({ name: "Other Org", kind: "business", ownerEmail: "other@org.example" });
    await expect((await asAdmin()).admin.addOrganisation({ name: "Sutton Carers Trust", kind: "business", ownerEmail: "x@example.com" })).rejects.toMatchObject({
      message: "An organisation called Sutton Carers Trust is already registered.",
    });
    const invitation = await emailTo(councilScope(database, "sutton"), "other@org.example");
    expect(invitation).toMatchObject({ recipient: "other@org.example" });

    const scope = councilScope(database, "sutton");
    const orgs = await (await asAdmin()).admin.organisations();
    const trust = orgs.find((o) => o.name === "Sutton Carers Trust")!;
    const other = orgs.find((o) => o.name === "Other Org")!;
    const owner = await scope.run((tx) => findOrCreatePerson(tx, scope, "owner@carers.example"));
    await scope.run((tx) => grantRole(tx, scope, owner.id, "provider_owner", trust.id));
    const site: Site = { kind: "council", council: (await registry.council("sutton"))! };
    const asOwner = createCaller(createContext(database, site, { id: owner.id, email: owner.email, roles: ["provider_owner"] }, { url: "http://sutton.localhost:3000" }));

    expect((await asOwner.organisation.mine()).map((o) => o.name)).toEqual(["Sutton Carers Trust"]);
    await asOwner.organisation.invite({ organisationId: trust.id, email: "Member@Carers.example" });
    const sent = await emailTo(scope, "member@carers.example");
    expect(sent).toMatchObject({ recipient: "member@carers.example" });
    expect(sent!.textBody).toContain("owner@carers.example (Sutton Carers Trust) has invited you to join Sutton Council as a member of a provider organisation.");
    await expect(asOwner.organisation.invite({ organisationId: other.id, email: "sneaky@example.com" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("keep a care provider's CQC location id and a charity's number, refusing either in the wrong format with a 400 naming the field", async () => {
    const admin = await asAdmin();
    await admin.admin.addOrganisation({ name: "Cheam Care", kind: "care_provider", cqcLocationId: " 1-123456789 ", ownerEmail: "owner@cheamcare.example" });
    await admin.admin.addOrganisation({ name: "Scottish Friends", kind: "voluntary_group", charityNumber: "sc012345", ownerEmail: "owner@friends.example" });
    const orgs = await admin.admin.organisations();
    expect(orgs.find((o) => o.name === "Cheam Care")).toMatchObject({ cqcLocationId: "1-123456789", charityNumber: null });
    expect(orgs.find((o) => o.name === "Scottish Friends")).toMatchObject({ charityNumber: "SC012345", cqcLocationId: null });
    for (const [given, message] of [
      [{ cqcLocationId: "1-1234" }, "Enter a CQC location ID in the correct format, like 1-123456789"],
      [{ cqcLocationId: "RXX12" }, "Enter a CQC location ID in the correct format, like 1-123456789"],
      [{ charityNumber: "12345" }, "Enter a charity number in the correct format, like 1123456, SC012345 or NIC100001"],
      [{ charityNumber: "NI12345" }, "Enter a charity number in the correct format, like 1123456, SC012345 or NIC100001"],
    ] as const) {
      await expect(admin.admin.addOrganisation({ name: "Wrong numbers", kind: "care_provider", ownerEmail: "owner@wrong.example", ...given })).rejects.toMatchObject({ code: "BAD_REQUEST", message });
    }
    expect((await admin.admin.organisations()).map((o) => o.name)).not.toContain("Wrong numbers");
  });
});

describe("a resident's record", () => {
  it("is shown to staff, and every view is in the audit log; another council's resident is not found", async () => {
    const scope = councilScope(database, "sutton");
    const resident = await scope.run((tx) => findOrCreatePerson(tx, scope, "resident@sutton.example"));
    await scope.run((tx) => grantRole(tx, scope, resident.id, "resident"));
    const kingston = councilScope(database, "kingston");
    await kingston.run((tx) => findOrCreatePerson(tx, kingston, "kingston-only@example.com"));

    const officer = await scope.run((tx) => findOrCreatePerson(tx, scope, "records-officer@sutton.example"));
    await scope.run((tx) => grantRole(tx, scope, officer.id, "council_staff"));
    const site: Site = { kind: "council", council: (await registry.council("sutton"))! };
    const caseworker = createCaller(createContext(database, site, { id: officer.id, email: officer.email, roles: ["council_staff"] }, { url: "http://sutton.localhost:3000", ip: "192.0.2.8" }));
    expect(await caseworker.people.record({ email: "Resident@Sutton.example" })).toMatchObject({ email: "resident@sutton.example", roles: ["resident"], signInMethods: ["email"] });
    expect(await caseworker.people.record({ email: "kingston-only@example.com" })).toBeNull();

    const { rows } = await (await asAdmin()).admin.audit({ actor: "records-officer@" });
    expect(rows.map((r) => [r.action, r.subject])).toEqual([
      ["person.searched", "kingston-only@example.com"],
      ["person.viewed", "resident@sutton.example"],
    ]);
    expect(rows[1]).toMatchObject({ ip: "192.0.2.8" });
  });
});
