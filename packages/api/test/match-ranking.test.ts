import { councilScope } from "@lgp/db";
import { listAudit } from "@lgp/identity";
import { DEFAULT_MATCH_SETTINGS } from "@lgp/match";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sampleNeedAndHelper } from "./support/ranking-samples";
import { callerFor, createWorld, type World } from "./support/world";

let world: World;
beforeAll(async () => {
  world = await createWorld("ranking");
});
afterAll(() => world?.close());

const adminOf = async (slug: "kingston" | "richmond") => callerFor(world, await world.site(slug), slug === "kingston" ? world.people.kingstonAdmin : world.people.richmondAdmin);
const failure = (promise: Promise<unknown>) => promise.then(() => null, (e: unknown) => e);

describe("a council's matching settings", () => {
  it("are saved by its admin with what changed in the audit log, and reach no other council", async () => {
    const admin = await adminOf("kingston");
    expect(await admin.match.matchSettings()).toEqual(DEFAULT_MATCH_SETTINGS);
    const changed = { ...DEFAULT_MATCH_SETTINGS, distance: 9, fairLoad: 0, needExpiryDays: 14 };
    await admin.match.saveMatchSettings(changed);
    expect(await admin.match.matchSettings()).toEqual(changed);
    const scope = councilScope(world.database, "kingston");
    const [row] = await scope.run((tx) => listAudit(tx, scope, { action: "match_settings.updated" }, 1));
    expect(row).toMatchObject({ actor: "admin@kingston.example", detail: { before: DEFAULT_MATCH_SETTINGS, after: changed } });
    expect(await (await adminOf("richmond")).match.matchSettings()).toEqual(DEFAULT_MATCH_SETTINGS);
  });

  it("refuses a weight out of range with a message naming it, and keeps what was saved", async () => {
    const admin = await adminOf("richmond");
    const error = await failure(admin.match.saveMatchSettings({ ...DEFAULT_MATCH_SETTINGS, continuity: 11 }));
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).code).toBe("BAD_REQUEST");
    expect((error as TRPCError).message).toContain("helping the resident before of 10 or less");
    expect(await admin.match.matchSettings()).toEqual(DEFAULT_MATCH_SETTINGS);
  });
});

describe("suggestions and exclusions", () => {
  it("answer for a council's own need, and not found for another council's need or helper", async () => {
    const own = await sampleNeedAndHelper(world, "kingston");
    // Each council numbers its own rows: Richmond's need is made with an id Kingston has not reached.
    let theirs = await sampleNeedAndHelper(world, "richmond");
    while (theirs.needId <= own.needId || theirs.helperId <= own.helperId) theirs = await sampleNeedAndHelper(world, "richmond");
    const admin = await adminOf("kingston");
    expect(await admin.match.suggestions({ needId: own.needId })).toEqual([]);
    expect((await admin.match.exclusions(own)).map((e) => e.gate)).toEqual(["category", "area"]);
    // One call at a time: a call started before the previous one is awaited could reject with no one listening.
    for (const ask of [
      () => admin.match.suggestions({ needId: theirs.needId }),
      () => admin.match.exclusions(theirs),
      () => admin.match.exclusions({ needId: own.needId, helperId: theirs.helperId }),
    ]) {
      expect(((await failure(ask())) as TRPCError).code).toBe("NOT_FOUND");
    }
  });
});
