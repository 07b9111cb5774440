import { councilScope } from "@lgp/db";
import { listAudit } from "@lgp/identity";
import { listCategoriesForAdmins } from "@lgp/match";
import { TRPCError } from "@trpc/server";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContext } from "../src/context";
import { httpOptions } from "../src/http";
import { appRouter } from "../src/root";
import { call, procedures } from "./support/procedures";
import { samples } from "./support/samples";
import { callerFor, createWorld, type World } from "./support/world";

let world: World;
beforeAll(async () => {
  world = await createWorld("categories");
});
afterAll(() => world?.close());

type Slug = "kingston" | "richmond";
const adminOf = async (slug: Slug) => callerFor(world, await world.site(slug), slug === "kingston" ? world.people.kingstonAdmin : world.people.richmondAdmin);
const resident = async () => callerFor(world, await world.site("kingston"), world.people.kingstonResident);
const failure = (promise: Promise<unknown>) => promise.then(() => null, (e: unknown) => e);

/** Everything an admin's change could have touched in a council: its categories and its audit log. */
async function stateOf(slug: Slug) {
  const scope = councilScope(world.database, slug);
  return scope.run(async (tx) => ({ categories: await listCategoriesForAdmins(tx), audit: await listAudit(tx, scope, {}, 100_000) }));
}

const names = (list: { name: string }[]) => list.map((c) => c.name);
const latestAudit = async (slug: Slug) => (await stateOf(slug)).audit[0]!;

describe("a council admin managing categories", () => {
  it("adds, renames, redescribes, reorders, retires and restores, each in the audit log, and residents see the result", async () => {
    const admin = await adminOf("kingston");
    const added = await admin.match.addCategory({ name: "  Lifts   to the shops ", description: "A lift to the shops and back." });
    expect(added).toMatchObject({ name: "Lifts to the shops", slug: "lifts-to-the-shops", description: "A lift to the shops and back.", retiredAt: null });
    expect(await latestAudit("kingston")).toMatchObject({ action: "category.added", subject: "Lifts to the shops", actor: "admin@kingston.example" });
    let { listed } = await admin.match.adminCategories();
    expect(names(listed).at(-1)).toBe("Lifts to the shops");
    expect(names(await (await resident()).match.categories()).at(-1)).toBe("Lifts to the shops");

    // A different name that makes the same address gets an address of its own.
    expect((await admin.match.addCategory({ name: "Lifts to the shops!", description: "Another kind." })).slug).toBe("lifts-to-the-shops-2");

    const renamed = await admin.match.updateCategory({ categoryId: added.id, name: "Lifts to the shops and back", description: "Door to door." });
    expect(renamed).toMatchObject({ name: "Lifts to the shops and back", description: "Door to door.", slug: "lifts-to-the-shops" });
    expect((await latestAudit("kingston")).detail).toMatchObject({
      before: { name: "Lifts to the shops", description: "A lift to the shops and back." },
      after: { name: "Lifts to the shops and back", description: "Door to door." },
    });

    const before = names((await admin.match.adminCategories()).listed);
    const at = before.indexOf("Lifts to the shops and back");
    await admin.match.moveCategory({ categoryId: added.id, direction: "up" });
    listed = (await admin.match.adminCategories()).listed;
    expect(names(listed)[at - 1]).toBe("Lifts to the shops and back");
    expect(names(listed)[at]).toBe(before[at - 1]);
    expect(listed.map((c) => c.position)).toEqual(listed.map((_, i) => i));
    expect(names(await (await resident()).match.categories())).toEqual(names(listed));
    expect(await latestAudit("kingston")).toMatchObject({ action: "category.moved", detail: { direction: "up", position: at - 1 } });
    await admin.match.moveCategory({ categoryId: added.id, direction: "down" });
    expect(names((await admin.match.adminCategories()).listed)).toEqual(before);

    await admin.match.retireCategory({ categoryId: added.id });
    const afterRetiring = await admin.match.adminCategories();
    expect(names(afterRetiring.listed)).not.toContain("Lifts to the shops and back");
    expect(names(afterRetiring.retired)).toEqual(["Lifts to the shops and back"]);
    expect(afterRetiring.listed.map((c) => c.position)).toEqual(afterRetiring.listed.map((_, i) => i));
    expect(names(await (await resident()).match.categories())).not.toContain("Lifts to the shops and back");
    expect(await latestAudit("kingston")).toMatchObject({ action: "category.retired", subject: "Lifts to the shops and back" });

    // Its name is still taken: the way back is to restore it.
    await expect(admin.match.addCategory({ name: "lifts to the shops and back", description: "Again." })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "A retired category called Lifts to the shops and back already exists. Restore it instead.",
    });

    await admin.match.restoreCategory({ categoryId: added.id });
    const restored = await admin.match.adminCategories();
    expect(names(restored.listed).at(-1)).toBe("Lifts to the shops and back");
    expect(restored.retired).toEqual([]);
    expect(restored.listed.map((c) => c.position)).toEqual(restored.listed.map((_, i) => i));
    expect(await latestAudit("kingston")).toMatchObject({ action: "category.restored" });
  });

  it("refuses what cannot be done with a 400 and a message saying why, and writes nothing", async () => {
    const admin = await adminOf("kingston");
    const { listed } = await admin.match.adminCategories();
    const [first, last] = [listed[0]!, listed.at(-1)!];
    const cases: [string, string, unknown, string][] = [
      ["no name", "match.addCategory", { description: "Help." }, "Enter a name for the category"],
      ["a name of spaces", "match.addCategory", { name: "   ", description: "Help." }, "Enter a name for the category"],
      ["a name too long", "match.addCategory", { name: "x".repeat(101), description: "Help." }, "Enter a name of 100 characters or fewer"],
      ["no description", "match.addCategory", { name: "Dog walking", description: "" }, "Enter a description of the category"],
      ["a name taken, in other case", "match.addCategory", { name: first.name.toUpperCase(), description: "Help." }, `A category called ${first.name} already exists. Choose a different name.`],
      ["renaming to another's name", "match.updateCategory", { categoryId: last.id, name: first.name, description: "Help." }, `A category called ${first.name} already exists. Choose a different name.`],
      ["moving the first up", "match.moveCategory", { categoryId: first.id, direction: "up" }, `${first.name} is already first in the list.`],
      ["moving the last down", "match.moveCategory", { categoryId: last.id, direction: "down" }, `${last.name} is already last in the list.`],
      ["moving sideways", "match.moveCategory", { categoryId: first.id, direction: "left" }, "Choose whether to move it up or down"],
      ["restoring a listed one", "match.restoreCategory", { categoryId: first.id }, `${first.name} is already listed.`],
      ["an id that is not a number", "match.retireCategory", { categoryId: "1 or 1=1" }, "Choose a category from the list"],
    ];
    const before = await stateOf("kingston");
    for (const [what, path, input, message] of cases) {
      const error = await failure(call(admin, path, input));
      expect([what, error]).toEqual([what, expect.objectContaining({ code: "BAD_REQUEST", message })]);
    }
    expect(await stateOf("kingston")).toEqual(before);
  });

  it("answers a refusal over HTTP as a 400 carrying the message", async () => {
    const response = await fetchRequestHandler({
      ...httpOptions,
      router: appRouter,
      req: new Request("http://kingston.localhost:3000/api/trpc/match.addCategory", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ name: "", description: "Help." }) }),
      createContext: async () => createContext(world.database, await world.site("kingston"), world.people.kingstonAdmin),
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("Enter a name for the category");
  });
});

describe("the check a category needs", () => {
  it("is set when a category is added, changed later, shown to residents with it, and in the audit log", async () => {
    const admin = await adminOf("kingston");
    const added = await admin.match.addCategory({ name: "Bathing", description: "Help to bathe safely.", requiredCheck: "dbs_enhanced_barred" });
    expect(added.requiredCheck).toBe("dbs_enhanced_barred");
    expect((await latestAudit("kingston")).detail).toMatchObject({ requiredCheck: "dbs_enhanced_barred" });
    const changed = await admin.match.updateCategory({ categoryId: added.id, name: "Bathing", description: "Help to bathe safely.", requiredCheck: "dbs_enhanced" });
    expect(changed.requiredCheck).toBe("dbs_enhanced");
    expect((await latestAudit("kingston")).detail).toMatchObject({ before: { requiredCheck: "dbs_enhanced_barred" }, after: { requiredCheck: "dbs_enhanced" } });
    expect((await (await resident()).match.categories()).find((c) => c.name === "Bathing")).toMatchObject({ requiredCheck: "dbs_enhanced" });
    // Unsaid, a category asks for no check.
    expect((await admin.match.addCategory({ name: "Room hire", description: "Rooms for groups." })).requiredCheck).toBe("none");
    await expect(admin.match.addCategory({ name: "Lifts", description: "Lifts.", requiredCheck: "dbs_gold" as never })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "Choose the check a helper needs for this kind of help",
    });
  });
});

describe("categories belong to one council", () => {
  it("a category id that exists only in Richmond is no category on Kingston, and nothing in Richmond changes", async () => {
    const richmond = councilScope(world.database, "richmond");
    const kingstonIds = new Set((await stateOf("kingston")).categories.listed.map((c) => c.id).concat((await stateOf("kingston")).categories.retired.map((c) => c.id)));
    // Ids are per schema, so both councils have a category 1: add to Richmond until it has an id Kingston does not.
    let onlyInRichmond = 0;
    for (let i = 0; onlyInRichmond === 0 || kingstonIds.has(onlyInRichmond); i++) {
      onlyInRichmond = (await (await adminOf("richmond")).match.addCategory({ name: `Richmond only ${i}`, description: "Richmond's own." })).id;
    }
    const before = await stateOf("richmond");
    const kingston = await stateOf("kingston");
    const attempts: [string, unknown][] = [
      ["match.updateCategory", { categoryId: onlyInRichmond, name: "Taken over", description: "By Kingston." }],
      ["match.moveCategory", { categoryId: onlyInRichmond, direction: "up" }],
      ["match.retireCategory", { categoryId: onlyInRichmond }],
      ["match.restoreCategory", { categoryId: onlyInRichmond }],
    ];
    for (const [path, input] of attempts) {
      const error = await failure(call(await adminOf("kingston"), path, input));
      expect([path, error]).toEqual([path, expect.objectContaining({ code: "NOT_FOUND", message: "There is no such category. Choose one from the list of categories." })]);
      // Nor can Kingston's admin reach it on Richmond's own site, where they are no one.
      const there = await failure(call(callerFor(world, await world.site("richmond"), world.people.kingstonAdmin), path, input));
      expect([path, there]).toEqual([path, expect.objectContaining({ code: "UNAUTHORIZED" })]);
    }
    expect(await stateOf("richmond")).toEqual(before);
    expect(await stateOf("kingston")).toEqual(kingston);
    expect(await richmond.run((tx) => listCategoriesForAdmins(tx))).toEqual(before.categories);
  });
});

describe("with match switched off", () => {
  it("every match procedure answers 404, to admins too, and writes nothing", async () => {
    const admin = await adminOf("kingston");
    const paths = procedures.filter((p) => p.path.startsWith("match."));
    const inputs = await Promise.all(paths.map((p) => samples[p.path]?.(world, "kingston")));
    await (await adminOf("kingston")).admin.setModules({ modules: ["booking"] });
    try {
      const before = await stateOf("kingston");
      const refusals = [];
      for (const [i, { path }] of paths.entries()) {
        for (const caller of [await adminOf("kingston"), await resident()]) {
          const error = await failure(call(caller, path, inputs[i]));
          refusals.push([path, error instanceof TRPCError ? error.code : error]);
        }
      }
      expect(refusals).toEqual(paths.flatMap((p) => [[p.path, "NOT_FOUND"], [p.path, "NOT_FOUND"]]));
      expect(await stateOf("kingston")).toEqual(before);
    } finally {
      await (await adminOf("kingston")).admin.setModules({ modules: ["match", "booking"] });
    }
    expect((await admin.match.adminCategories()).listed.length).toBeGreaterThan(0);
  });
});
