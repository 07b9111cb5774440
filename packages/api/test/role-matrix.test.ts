import { RegistryCache, seedDemoCouncils, type Site } from "@lgp/councils";
import { connectPostgres, migrate, type Database } from "@lgp/db";
import { createTestDatabase, type TestDatabase } from "@lgp/db/testing";
import type { Role } from "@lgp/identity";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContext, type Person } from "../src/context";
import { createCaller } from "../src/root";

let test: TestDatabase;
let database: Database;
const sites: Record<string, Site> = {};

beforeAll(async () => {
  test = await createTestDatabase("roles");
  database = await connectPostgres(test.url);
  await migrate(database);
  await seedDemoCouncils(database, new Set());
  const registry = new RegistryCache(database, "localhost");
  for (const slug of ["kingston", "richmond"]) sites[slug] = { kind: "council", council: (await registry.council(slug))! };
  sites.platform = { kind: "platform" };
});
afterAll(async () => {
  await database?.close();
  await test?.drop();
});

const person = (...roles: Role[]): Person => ({ id: 1, email: `${roles.join("-") || "nobody"}@example.com`, roles });

/** Every kind of caller, on every kind of site. */
const callers: Record<string, () => [Site, Person | null]> = {
  "anonymous on Kingston": () => [sites.kingston!, null],
  "resident on Kingston": () => [sites.kingston!, person("resident")],
  "staff on Kingston": () => [sites.kingston!, person("council_staff")],
  "admin on Kingston": () => [sites.kingston!, person("council_admin")],
  "admin on Richmond (another council)": () => [sites.richmond!, person("council_admin")],
  "anonymous on the platform host": () => [sites.platform!, null],
  "council admin role on the platform host": () => [sites.platform!, person("council_admin")],
  "operator on the platform host": () => [sites.platform!, person("platform_operator")],
  "operator role on Kingston's host": () => [sites.kingston!, person("platform_operator")],
  "anonymous on an unknown host": () => [{ kind: "unknown" }, null],
  "provider owner on Kingston": () => [sites.kingston!, person("provider_owner")],
};

type Outcome = "allowed" | "UNAUTHORIZED" | "FORBIDDEN" | "NOT_FOUND";

/** A procedure passes its guarantees if it gets as far as its own work (which may still refuse the input). */
async function outcome(run: () => Promise<unknown>): Promise<Outcome> {
  try {
    await run();
    return "allowed";
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    if (error.code === "BAD_REQUEST") return "allowed";
    return error.code as Outcome;
  }
}

const matrix: { procedure: string; call: (c: ReturnType<typeof createCaller>) => Promise<unknown>; expect: Record<string, Outcome> }[] = [
  ...(
    [
      ["site.details", (c) => c.site.details()],
      ["site.help", (c) => c.site.help()],
      ["site.signInOptions", (c) => c.site.signInOptions()],
      ["site.logo", (c) => c.site.logo()],
    ] as [string, (c: ReturnType<typeof createCaller>) => Promise<unknown>][]
  ).map(([procedure, call]) => ({
    procedure: `${procedure} (council, public)`,
    call,
    expect: {
      "anonymous on Kingston": "allowed",
      "resident on Kingston": "allowed",
      "staff on Kingston": "allowed",
      "admin on Kingston": "allowed",
      "admin on Richmond (another council)": "allowed",
      "anonymous on the platform host": "NOT_FOUND",
      "council admin role on the platform host": "NOT_FOUND",
      "operator on the platform host": "NOT_FOUND",
      "operator role on Kingston's host": "allowed",
      "anonymous on an unknown host": "NOT_FOUND",
    } as Record<string, Outcome>,
  })),
  {
    procedure: "site.home (council, public)",
    call: (c) => c.site.home(),
    expect: {
      "anonymous on Kingston": "allowed",
      "resident on Kingston": "allowed",
      "staff on Kingston": "allowed",
      "admin on Kingston": "allowed",
      "admin on Richmond (another council)": "allowed",
      "anonymous on the platform host": "NOT_FOUND",
      "council admin role on the platform host": "NOT_FOUND",
      "operator on the platform host": "NOT_FOUND",
      "operator role on Kingston's host": "allowed",
      "anonymous on an unknown host": "NOT_FOUND",
    },
  },
  {
    procedure: "platform.councils (platform host, public)",
    call: (c) => c.platform.councils(),
    expect: {
      "anonymous on Kingston": "NOT_FOUND",
      "resident on Kingston": "NOT_FOUND",
      "staff on Kingston": "NOT_FOUND",
      "admin on Kingston": "NOT_FOUND",
      "admin on Richmond (another council)": "NOT_FOUND",
      "anonymous on the platform host": "allowed",
      "council admin role on the platform host": "allowed",
      "operator on the platform host": "allowed",
      "operator role on Kingston's host": "NOT_FOUND",
      "anonymous on an unknown host": "NOT_FOUND",
    },
  },
  {
    procedure: "invitations.accept (council, public: the token is the credential)",
    call: (c) => c.invitations.accept({ token: "not-a-real-token" }),
    expect: {
      "anonymous on Kingston": "allowed",
      "resident on Kingston": "allowed",
      "staff on Kingston": "allowed",
      "admin on Kingston": "allowed",
      "admin on Richmond (another council)": "allowed",
      "anonymous on the platform host": "NOT_FOUND",
      "council admin role on the platform host": "NOT_FOUND",
      "operator on the platform host": "NOT_FOUND",
      "operator role on Kingston's host": "allowed",
      "anonymous on an unknown host": "NOT_FOUND",
    },
  },
  ...(
    [
      ["operator.councils", (c) => c.operator.councils()],
      ["operator.archives", (c) => c.operator.archives()],
      ["operator.archiveFile", (c) => c.operator.archiveFile({ file: "no-such-archive.json.gz" })],
      ["operator.suspend", (c) => c.operator.suspend({ slug: "no-such-council" })],
      ["operator.resume", (c) => c.operator.resume({ slug: "no-such-council" })],
      ["operator.archive", (c) => c.operator.archive({ slug: "no-such-council" })],
      ["operator.onboard", (c) => c.operator.onboard({ name: "x", slug: "admin", hosts: "", adminEmail: "a@example.com" })],
    ] as [string, (c: ReturnType<typeof createCaller>) => Promise<unknown>][]
  ).map(([procedure, call]) => ({
    procedure: `${procedure} (operator)`,
    call,
    expect: {
      "anonymous on Kingston": "UNAUTHORIZED",
      "resident on Kingston": "FORBIDDEN",
      "staff on Kingston": "FORBIDDEN",
      "admin on Kingston": "FORBIDDEN",
      "admin on Richmond (another council)": "FORBIDDEN",
      "anonymous on the platform host": "UNAUTHORIZED",
      "council admin role on the platform host": "FORBIDDEN",
      "operator on the platform host": "allowed",
      "operator role on Kingston's host": "NOT_FOUND",
      "anonymous on an unknown host": "UNAUTHORIZED",
    } as Record<string, Outcome>,
  })),
  ...(
    [
      ["admin.overview", (c) => c.admin.overview()],
      ["admin.updateBranding", (c) => c.admin.updateBranding({ name: "", brandColour: "", brandTextColour: "", linkColour: "", contactEmail: "", contactPhone: "", contactAddress: "", accessibilityContact: "", accessibilityKnownIssues: "", accessibilityPreparedOn: "", emailSenderName: "" })],
      ["admin.uploadLogo", (c) => c.admin.uploadLogo({ bytes: new Uint8Array() })],
      ["admin.setModules", (c) => c.admin.setModules({ modules: ["nope" as "match"] })],
      ["admin.saveEmail", (c) => c.admin.saveEmail({ transport: "smtp", host: "", port: 0, secure: true, from: "x" })],
      ["admin.staff", (c) => c.admin.staff()],
      ["admin.invite", (c) => c.admin.invite({ email: "not an email", role: "council_staff" })],
      ["admin.setRoles", (c) => c.admin.setRoles({ personId: 1, roles: [] })],
      ["admin.audit", (c) => c.admin.audit({})],
      ["admin.organisations", (c) => c.admin.organisations()],
      ["admin.addOrganisation", (c) => c.admin.addOrganisation({ name: "", kind: "business", ownerEmail: "x" })],
      ["admin.saveOneLogin", (c) => c.admin.saveOneLogin({ enabled: true, environment: "integration", clientId: "" })],
      ["admin.saveStaffSso", (c) => c.admin.saveStaffSso({ enabled: true, issuer: "not a url", clientId: "" })],
    ] as [string, (c: ReturnType<typeof createCaller>) => Promise<unknown>][]
  ).map(([procedure, call]) => ({
    procedure: `${procedure} (council admin)`,
    call,
    expect: {
      "anonymous on Kingston": "UNAUTHORIZED",
      "resident on Kingston": "FORBIDDEN",
      "staff on Kingston": "FORBIDDEN",
      "admin on Kingston": "allowed",
      "admin on Richmond (another council)": "allowed",
      "anonymous on the platform host": "UNAUTHORIZED",
      "council admin role on the platform host": "NOT_FOUND",
      "operator on the platform host": "FORBIDDEN",
      "operator role on Kingston's host": "FORBIDDEN",
      "anonymous on an unknown host": "UNAUTHORIZED",
    } as Record<string, Outcome>,
  })),
];

matrix.push(
  ...(
    [
      ["organisation.mine", (c) => c.organisation.mine()],
      ["organisation.invite", (c) => c.organisation.invite({ organisationId: 1, email: "not an email" })],
    ] as [string, (c: ReturnType<typeof createCaller>) => Promise<unknown>][]
  ).map(([procedure, call]) => ({
    procedure: `${procedure} (provider owner)`,
    call,
    expect: {
      "anonymous on Kingston": "UNAUTHORIZED",
      "resident on Kingston": "FORBIDDEN",
      "staff on Kingston": "FORBIDDEN",
      "admin on Kingston": "FORBIDDEN",
      "admin on Richmond (another council)": "FORBIDDEN",
      "anonymous on the platform host": "UNAUTHORIZED",
      "council admin role on the platform host": "FORBIDDEN",
      "operator on the platform host": "FORBIDDEN",
      "operator role on Kingston's host": "FORBIDDEN",
      "anonymous on an unknown host": "UNAUTHORIZED",
      "provider owner on Kingston": "allowed",
    } as Record<string, Outcome>,
  })),
);

matrix.push({
  procedure: "people.record (council staff: admin, caseworker, safeguarding lead)",
  call: (c) => c.people.record({ email: "resident@example.com" }),
  expect: {
    "anonymous on Kingston": "UNAUTHORIZED",
    "resident on Kingston": "FORBIDDEN",
    "staff on Kingston": "allowed",
    "admin on Kingston": "allowed",
    "admin on Richmond (another council)": "allowed",
    "anonymous on the platform host": "UNAUTHORIZED",
    "council admin role on the platform host": "NOT_FOUND",
    "operator on the platform host": "FORBIDDEN",
    "operator role on Kingston's host": "FORBIDDEN",
    "anonymous on an unknown host": "UNAUTHORIZED",
    "provider owner on Kingston": "FORBIDDEN",
  },
});

describe("the role matrix of every procedure", () => {
  for (const row of matrix) {
    it(row.procedure, async () => {
      const seen: Record<string, Outcome> = {};
      for (const [name, make] of Object.entries(callers)) {
        const [site, who] = make();
        seen[name] = await outcome(() => row.call(createCaller(createContext(database, site, who, { url: "http://localhost:3000" }))));
      }
      // Outside their own organisation's procedures, a provider owner is a signed-in person with no council role.
      expect(seen).toEqual({ "provider owner on Kingston": row.expect["resident on Kingston"], ...row.expect });
    });
  }

  it("covers every procedure in the router", async () => {
    const { appRouter } = await import("../src/root");
    const names = Object.keys(appRouter._def.procedures).sort();
    const covered = matrix.map((r) => r.procedure.split(" ")[0]!).sort();
    expect(covered).toEqual(names);
  });
});
