import { councilModules } from "@lgp/modules";
import { decodeArchive, provisionCouncil, readArchive, RegistryCache, type Council } from "@lgp/councils";
import { connectPostgres, councilScope, platformScope, type Database } from "@lgp/db";
import { findOrCreatePerson, grantRole, listAudit } from "@lgp/identity";
import { createMigratedTestDatabase, type MigratedTestDatabase } from "@lgp/db/testing";
import { TRPCError } from "@trpc/server";
import type { Jobs } from "@lgp/jobs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoTemplate } from "./support/demo-template";
import { emailTo, startEmailJobs } from "./support/email";
import { createContext, type Person } from "../src/context";
import { createCaller } from "../src/root";

let test: MigratedTestDatabase;
let database: Database;
let jobs: Jobs;
const councils: Record<string, Council> = {};
let operatorPerson: Person;

beforeAll(async () => {
  test = await createMigratedTestDatabase("api", { template: demoTemplate });
  database = await connectPostgres(test.appUrl);
  jobs = await startEmailJobs(database);
  await provisionCouncil(database, { slug: "empty", name: "Council with nothing listed", hosts: [], modules: ["match"] }, { modules: { ...councilModules, starter: async () => {} } });
  const registry = new RegistryCache(database, "localhost");
  for (const slug of ["kingston", "richmond", "empty"]) councils[slug] = (await registry.council(slug))!;
  const platform = platformScope(database);
  const ops = await platform.run((tx) => findOrCreatePerson(tx, platform, "ops@platform.example"));
  await platform.run((tx) => grantRole(tx, platform, ops.id, "platform_operator"));
  operatorPerson = { id: ops.id, email: ops.email, roles: ["platform_operator"] };
});
afterAll(async () => {
  await jobs?.stop();
  await database?.close();
  await test?.drop();
});

const onCouncil = (slug: string) => createCaller(createContext(database, { kind: "council", council: councils[slug]! }));
const onPlatform = () => createCaller(createContext(database, { kind: "platform" }));
const onUnknownHost = () => createCaller(createContext(database, { kind: "unknown" }));

async function codeOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(() => null, (e: unknown) => e);
  return error instanceof TRPCError ? error.code : `not a TRPCError: ${String(error)}`;
}

describe("site.home and match.categories (council procedures)", () => {
  it("returns the host's council and only its categories", async () => {
    expect((await onCouncil("kingston").site.home()).council.name).toBe("Royal Borough of Kingston upon Thames");
    const kingston = await onCouncil("kingston").match.categories();
    const richmond = await onCouncil("richmond").match.categories();
    expect(kingston.map((c) => c.name)).toContain("Befriending");
    expect(kingston.map((c) => c.name)).not.toContain("Day centres");
    expect(richmond.map((c) => c.name)).toContain("Day centres");
    expect(richmond.map((c) => c.name)).not.toContain("Befriending");
  });

  it("shows a council with no categories an empty list, not another council's", async () => {
    expect(await onCouncil("empty").match.categories()).toEqual([]);
  });

  it("is not found on the platform host or an unknown host", async () => {
    expect(await codeOf(onPlatform().site.home())).toBe("NOT_FOUND");
    expect(await codeOf(onUnknownHost().site.home())).toBe("NOT_FOUND");
  });
});

describe("site.hasLogo", () => {
  it("says whether the host's council has a logo, so a council without one shows its name alone", async () => {
    expect(await onCouncil("kingston").site.hasLogo()).toBe(true);
    expect(await onCouncil("empty").site.hasLogo()).toBe(false);
  });
});

describe("platform.councils (operator-host procedure)", () => {
  it("lists active councils on the platform host", async () => {
    const list = await onPlatform().platform.councils();
    expect(list.map((c) => c.slug)).toEqual(["empty", "kingston", "richmond", "sutton"]);
  });

  it("is not found on a council's host", async () => {
    expect(await codeOf(onCouncil("kingston").platform.councils())).toBe("NOT_FOUND");
  });
});

describe("operator.onboard", () => {
  // Signed in at the platform's www alias: links must not be built from it.
  const operator = () =>
    createCaller(createContext(database, { kind: "platform" }, operatorPerson, { url: "http://www.localhost:3000", ip: "10.0.0.9" }));

  it("provisions the council, invites its first admin by email and records both in the audit logs", async () => {
    const result = await operator().operator.onboard({ name: "London Borough of Merton", slug: "merton", hosts: "www.merton.example, merton.example", adminEmail: "Admin@Merton.example" });
    expect(result.steps[0]).toBe("Registered London Borough of Merton (merton)");
    expect(result.steps.at(-1)).toBe("Invited admin@merton.example to be the council's first admin");
    // Shown to the operator on the console: what was made, never the database's names for it.
    expect(result.steps).toContain("Created the council's own space in the database");
    expect(result.steps.join("\n")).not.toMatch(/council_merton|lgp_/);
    expect(result.address).toBe("http://merton.example:3000");

    const listed = (await operator().operator.councils()).find((c) => c.slug === "merton")!;
    expect(listed).toMatchObject({ status: "active", hosts: ["merton.example", "www.merton.example"], counts: { people: 0, staff: 0 } });
    expect(listed.schemaVersion).toMatch(/^\d{4}_/);

    const email = await emailTo(councilScope(database, "merton"), "admin@merton.example");
    expect(email).toMatchObject({ recipient: "admin@merton.example", subject: "You have been invited to London Borough of Merton" });
    // On the council's own address (its first own domain), whatever host the operator used.
    expect(email!.textBody).toMatch(/http:\/\/merton\.example:3000\/invitations\/accept\?token=\S+/);

    const platformLog = await platformScope(database).run((tx) => listAudit(tx, platformScope(database), { action: "council.onboarded" }));
    expect(platformLog[0]).toMatchObject({ actor: "ops@platform.example", subject: "merton", ip: "10.0.0.9" });
    const councilLog = await councilScope(database, "merton").run((tx) => listAudit(tx, councilScope(database, "merton"), {}));
    expect(councilLog[0]).toMatchObject({ actor: "ops@platform.example", action: "staff.invited", subject: "admin@merton.example" });
  });

  it("refuses a taken slug with a message, creating nothing", async () => {
    const before = await operator().operator.councils();
    await expect(operator().operator.onboard({ name: "Kingston again", slug: "kingston", hosts: "", adminEmail: "a@example.com" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: 'A council with the slug "kingston" already exists.',
    });
    expect(await operator().operator.councils()).toEqual(before);
  });
});

describe("operator actions on a council", () => {
  const operator = () =>
    createCaller(createContext(database, { kind: "platform" }, operatorPerson, { url: "http://localhost:3000", ip: "10.0.0.9" }));

  it("are recorded in the council's own audit log too, the archive carrying its own record", async () => {
    await operator().operator.suspend({ slug: "merton" });
    await operator().operator.resume({ slug: "merton" });
    const log = await councilScope(database, "merton").run((tx) => listAudit(tx, councilScope(database, "merton"), {}));
    expect(log.slice(0, 2).map((r) => [r.action, r.actor, r.ip])).toEqual([
      ["council.resumed", "ops@platform.example", "10.0.0.9"],
      ["council.suspended", "ops@platform.example", "10.0.0.9"],
    ]);
    const { file } = await operator().operator.archive({ slug: "merton" });
    const archive = decodeArchive(readArchive(file)!);
    const audit = archive.tables.find((t) => t.name === "audit_events")!.rows as { action: string }[];
    expect(audit.map((r) => r.action)).toContain("council.archived");
  });
});
