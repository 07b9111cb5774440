import { updateCouncilModules, type Site } from "@lgp/councils";
import { councilScope } from "@lgp/db";
import { listAudit } from "@lgp/identity";
import { MODULE_KEYS } from "@lgp/modules";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Person } from "../src/context";
import { call, guardOf, procedures, type Guard } from "./support/procedures";
import { samples } from "./support/samples";
import { callerFor, createWorld, type World } from "./support/world";

let world: World;
beforeAll(async () => {
  world = await createWorld("roles");
});
afterAll(() => world?.close());

/**
 * Every kind of caller, on every kind of site. A caller is a person as a session would present them (id,
 * address and roles from their own site); the API must judge them by the site the request is for.
 */
const callers: Record<string, (w: World) => Promise<[Site, Person | null]>> = {
  "anonymous on Kingston": async (w) => [await w.site("kingston"), null],
  "resident on Kingston": async (w) => [await w.site("kingston"), w.people.kingstonResident],
  "staff on Kingston": async (w) => [await w.site("kingston"), w.people.kingstonStaff],
  "admin on Kingston": async (w) => [await w.site("kingston"), w.people.kingstonAdmin],
  "provider owner on Kingston": async (w) => [await w.site("kingston"), w.people.kingstonOwner],
  "safeguarding lead on Kingston": async (w) => [await w.site("kingston"), w.people.kingstonSafeguarding],
  "referrer on Kingston": async (w) => [await w.site("kingston"), w.people.kingstonReferrer],
  "Richmond's admin on Richmond": async (w) => [await w.site("richmond"), w.people.richmondAdmin],
  "Kingston's admin on Richmond (another council's site)": async (w) => [await w.site("richmond"), w.people.kingstonAdmin],
  "operator on Kingston's site": async (w) => [await w.site("kingston"), w.people.operator],
  "anonymous on the platform host": async () => [{ kind: "platform" }, null],
  "Kingston's admin on the platform host": async (w) => [{ kind: "platform" }, w.people.kingstonAdmin],
  "operator on the platform host": async (w) => [{ kind: "platform" }, w.people.operator],
  "anonymous on an unknown host": async () => [{ kind: "unknown" }, null],
};

type Outcome = "allowed" | "UNAUTHORIZED" | "FORBIDDEN" | "NOT_FOUND";

const offCouncil = {
  "anonymous on the platform host": "NOT_FOUND",
  "Kingston's admin on the platform host": "NOT_FOUND",
  "operator on the platform host": "NOT_FOUND",
  "anonymous on an unknown host": "NOT_FOUND",
} as const;

/** A council role's procedure: everyone on a council's site who is not one of its people holding the role is refused. */
const forCouncilRole = (allowed: string[]): Record<string, Outcome> => ({
  "anonymous on Kingston": "UNAUTHORIZED",
  "resident on Kingston": "FORBIDDEN",
  "staff on Kingston": "FORBIDDEN",
  "admin on Kingston": "FORBIDDEN",
  "provider owner on Kingston": "FORBIDDEN",
  "safeguarding lead on Kingston": "FORBIDDEN",
  "referrer on Kingston": "FORBIDDEN",
  "Richmond's admin on Richmond": "FORBIDDEN",
  "Kingston's admin on Richmond (another council's site)": "UNAUTHORIZED",
  "operator on Kingston's site": "UNAUTHORIZED",
  ...offCouncil,
  ...Object.fromEntries(allowed.map((caller) => [caller, "allowed"])),
});

const expected: Record<Guard, Record<string, Outcome>> = {
  council: {
    "anonymous on Kingston": "allowed",
    "resident on Kingston": "allowed",
    "staff on Kingston": "allowed",
    "admin on Kingston": "allowed",
    "provider owner on Kingston": "allowed",
    "safeguarding lead on Kingston": "allowed",
    "referrer on Kingston": "allowed",
    "Richmond's admin on Richmond": "allowed",
    "Kingston's admin on Richmond (another council's site)": "allowed",
    "operator on Kingston's site": "allowed",
    ...offCouncil,
  },
  platform: {
    "anonymous on Kingston": "NOT_FOUND",
    "resident on Kingston": "NOT_FOUND",
    "staff on Kingston": "NOT_FOUND",
    "admin on Kingston": "NOT_FOUND",
    "provider owner on Kingston": "NOT_FOUND",
    "safeguarding lead on Kingston": "NOT_FOUND",
    "referrer on Kingston": "NOT_FOUND",
    "Richmond's admin on Richmond": "NOT_FOUND",
    "Kingston's admin on Richmond (another council's site)": "NOT_FOUND",
    "operator on Kingston's site": "NOT_FOUND",
    "anonymous on the platform host": "allowed",
    "Kingston's admin on the platform host": "allowed",
    "operator on the platform host": "allowed",
    "anonymous on an unknown host": "NOT_FOUND",
  },
  operator: {
    "anonymous on Kingston": "NOT_FOUND",
    "resident on Kingston": "NOT_FOUND",
    "staff on Kingston": "NOT_FOUND",
    "admin on Kingston": "NOT_FOUND",
    "provider owner on Kingston": "NOT_FOUND",
    "safeguarding lead on Kingston": "NOT_FOUND",
    "referrer on Kingston": "NOT_FOUND",
    "Richmond's admin on Richmond": "NOT_FOUND",
    "Kingston's admin on Richmond (another council's site)": "NOT_FOUND",
    "operator on Kingston's site": "NOT_FOUND",
    "anonymous on the platform host": "UNAUTHORIZED",
    "Kingston's admin on the platform host": "UNAUTHORIZED",
    "operator on the platform host": "allowed",
    "anonymous on an unknown host": "NOT_FOUND",
  },
  // Anyone signed in on the council's site; the domain decides what they may touch (a helper they act for, a need of theirs).
  signed_in: forCouncilRole([
    "resident on Kingston",
    "staff on Kingston",
    "admin on Kingston",
    "provider owner on Kingston",
    "safeguarding lead on Kingston",
    "referrer on Kingston",
    "Richmond's admin on Richmond",
  ]),
  council_admin: forCouncilRole(["admin on Kingston", "Richmond's admin on Richmond"]),
  council_staff: forCouncilRole(["staff on Kingston", "admin on Kingston", "safeguarding lead on Kingston", "Richmond's admin on Richmond"]),
  provider_owner: forCouncilRole(["provider owner on Kingston"]),
  safeguarding_lead: forCouncilRole(["safeguarding lead on Kingston"]),
  // Asking for help for a resident: staff, and the referrers (a GP surgery's social prescriber) the council sets up.
  referrer: forCouncilRole(["staff on Kingston", "admin on Kingston", "referrer on Kingston", "Richmond's admin on Richmond"]),
};

/**
 * How far a call got. Procedures that take input are given one no schema accepts, so a caller who gets
 * past the guards is stopped by validation (a 400, counted as allowed) before doing anything.
 */
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

const auditRows = (w: World, slug: string) => councilScope(w.database, slug).run((tx) => listAudit(tx, councilScope(w.database, slug), {}, 100_000));

describe("the role matrix of every procedure", () => {
  it("has a guard for every procedure in the router", () => {
    expect(Object.keys(guardOf).sort()).toEqual(procedures.map((p) => p.path).sort());
  });

  for (const { path, takesInput } of procedures) {
    it(`${path} (${guardOf[path]})`, async () => {
      const seen: Record<string, Outcome> = {};
      for (const [name, make] of Object.entries(callers)) {
        const [site, person] = await make(world);
        seen[name] = await outcome(() => call(callerFor(world, site, person), path, takesInput ? "not what any schema takes" : undefined));
      }
      expect(seen).toEqual(expected[guardOf[path]!]);
    });
  }

  it("refuses Kingston's admin everything guarded on Richmond's site, valid input and all, and nothing there is read or changed", async () => {
    const guarded = procedures.filter((p) => !["council", "platform", "operator"].includes(guardOf[p.path]!));
    const inputs = await Promise.all(guarded.map((p) => samples[p.path]?.(world, "richmond")));
    const before = { audit: await auditRows(world, "richmond"), site: await world.site("richmond") };
    const refusals = [];
    for (const [i, { path }] of guarded.entries()) {
      const error = await call(callerFor(world, await world.site("richmond"), world.people.kingstonAdmin), path, inputs[i]).then(() => null, (e: unknown) => e);
      refusals.push([path, error instanceof TRPCError ? error.code : error]);
    }
    expect(refusals).toEqual(guarded.map((p) => [p.path, "UNAUTHORIZED"]));
    expect(await auditRows(world, "richmond")).toEqual(before.audit);
    expect(await world.site("richmond")).toEqual(before.site);
  });
});

describe("the module gate", () => {
  // A module's router is named by its key, so its procedures are found from the registered modules.
  const gated = procedures.filter((p) => (MODULE_KEYS as readonly string[]).includes(p.path.split(".")[0]!));

  it("finds the modules' procedures", () => {
    expect(gated.map((p) => p.path)).toContain("match.categories");
  });

  it("answers 404 to every caller on a council that has switched the module off, and leaves others' alone", async () => {
    const onKingston = ["anonymous on Kingston", "resident on Kingston", "staff on Kingston", "admin on Kingston", "provider owner on Kingston"];
    await updateCouncilModules(world.database, "kingston", []);
    try {
      for (const { path, takesInput } of gated) {
        const seen: Record<string, Outcome> = {};
        for (const name of [...onKingston, "Richmond's admin on Richmond"]) {
          const [site, person] = await callers[name]!(world);
          seen[name] = await outcome(() => call(callerFor(world, site, person), path, takesInput ? "not what any schema takes" : undefined));
        }
        expect(seen, path).toEqual({
          ...Object.fromEntries(onKingston.map((name) => [name, "NOT_FOUND"])),
          "Richmond's admin on Richmond": expected[guardOf[path]!]["Richmond's admin on Richmond"],
        });
      }
    } finally {
      await updateCouncilModules(world.database, "kingston", MODULE_KEYS);
    }
  });
});
