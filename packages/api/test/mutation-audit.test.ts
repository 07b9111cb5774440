import { councilScope, platformScope } from "@lgp/db";
import { listAudit } from "@lgp/identity";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { allowedFor, call, guardOf, procedures } from "./support/procedures";
import { samples } from "./support/samples";
import { callerFor, createWorld, type World } from "./support/world";

let world: World;
beforeAll(async () => {
  world = await createWorld("mutations");
});
afterAll(() => world?.close());

const mutations = procedures.filter((p) => p.type === "mutation");

describe("every mutation", () => {
  it("has a sample input, so none can be added without being checked here", () => {
    expect(mutations.filter((m) => !samples[m.path]).map((m) => m.path)).toEqual([]);
  });

  for (const { path } of mutations) {
    it(`${path} writes an audit event in its site's log, naming who did it`, async () => {
      const { site, person } = await allowedFor(world, guardOf[path]!);
      const scope = site.kind === "council" ? councilScope(world.database, site.council.slug) : platformScope(world.database);
      const rows = () => scope.run((tx) => listAudit(tx, scope, {}, 100_000));
      const input = await samples[path]!(world, "kingston");
      const before = new Set((await rows()).map((r) => r.id));
      await call(callerFor(world, site, person), path, input);
      const added = (await rows()).filter((r) => !before.has(r.id));
      expect(added.map((r) => r.actor)).toContain(person?.email ?? "anonymous");
    });
  }
});
