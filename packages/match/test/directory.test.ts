import { councilSchema, InputError } from "@lgp/db";
import { distanceKm } from "@lgp/postcodes";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { directoryOffer, searchDirectory } from "../src/directory";
import { testCouncils } from "./support/council";
import { addCategory, addHelper, addPostcodes, addTestOffer, PLACES } from "./support/offer-seed";

const councils = testCouncils("directory", ["harrow", "hounslow"]);

/** Checks in date on TODAY recheck after it; a lapsed one rechecked the day before. */
const TODAY = "2026-06-01";
const IN_DATE = "2026-12-01";
const LAPSED = "2026-05-31";

const titles = (results: { entries: { title: string }[] }) => results.entries.map((e) => e.title);

describe("searchDirectory: who is listed", () => {
  it("lists published offers of approved, unpaused helpers vetted in date for the category, and nobody else", async () => {
    const listed = await councils.run("harrow", async (tx) => {
      await addPostcodes(tx);
      const needsDbs = await addCategory(tx, "dbs_standard", "Befriending visits");
      const offerAs = async (title: string, seed: Omit<Parameters<typeof addHelper>[1], "categoryIds">, category = needsDbs) => {
        const { helper } = await addHelper(tx, { categoryIds: [category.id], ...seed });
        return addTestOffer(tx, helper.id, category.id, "KT1 1AA", title);
      };
      await offerAs("vetted", { checks: [{ check: "dbs_standard", recheckOn: IN_DATE }] });
      await offerAs("stronger check", { checks: [{ check: "dbs_enhanced_barred", recheckOn: IN_DATE }] });
      await offerAs("rechecked today", { checks: [{ check: "dbs_standard", recheckOn: TODAY }] });
      await offerAs("weaker check", { checks: [{ check: "dbs_basic", recheckOn: IN_DATE }] });
      await offerAs("lapsed check", { checks: [{ check: "dbs_standard", recheckOn: LAPSED }] });
      await offerAs("no check", {});
      await offerAs("paused", { paused: true, checks: [{ check: "dbs_standard", recheckOn: IN_DATE }] });
      for (const status of ["applying", "submitted", "declined"] as const) await offerAs(`helper ${status}`, { status, checks: [{ check: "dbs_standard", recheckOn: IN_DATE }] });
      const withdrawn = await offerAs("withdrawn", { checks: [{ check: "dbs_standard", recheckOn: IN_DATE }] });
      await tx.update(councilSchema.offers).set({ status: "withdrawn" }).where(eq(councilSchema.offers.id, withdrawn.id));

      const open = await addCategory(tx, "none", "Phone befriending");
      await offerAs("no check needed", {}, open);
      const retired = await addCategory(tx, "none", "Retired help");
      await offerAs("retired category", {}, retired);
      await tx.update(councilSchema.categories).set({ retiredAt: new Date() }).where(eq(councilSchema.categories.id, retired.id));

      return searchDirectory(tx, { postcode: "KT1 1AA", page: 1, today: TODAY });
    });
    expect(titles(listed).sort()).toEqual(["no check needed", "rechecked today", "stronger check", "vetted"]);
  });

  it("searches one category by its slug, and refuses one the council does not list", async () => {
    const { inOne, refused } = await councils.run("harrow", async (tx) => {
      const inOne = await searchDirectory(tx, { categorySlug: "phone-befriending", postcode: "KT1 1AA", page: 1, today: TODAY });
      const refused = await searchDirectory(tx, { categorySlug: "retired-help", postcode: "KT1 1AA", page: 1, today: TODAY }).catch((e: unknown) => e);
      return { inOne, refused };
    });
    expect(titles(inOne)).toEqual(["no check needed"]);
    expect(inOne.category).toEqual({ slug: "phone-befriending", name: "Phone befriending" });
    expect(refused).toBeInstanceOf(InputError);
    expect((refused as InputError).fields).toEqual({ category: "Choose a kind of help from the list" });
  });
});

describe("searchDirectory: distance, order and pages", () => {
  it("puts the nearest first, with great-circle distances, and leaves out offers beyond reach", async () => {
    const results = await councils.run("hounslow", async (tx) => {
      await addPostcodes(tx);
      const category = await addCategory(tx, "none", "Gardening");
      const { helper } = await addHelper(tx, { categoryIds: [category.id] });
      for (const postcode of ["KT3 4AA", "KT1 2AA", "YO1 7HH", "KT2 3AA"] as const) await addTestOffer(tx, helper.id, category.id, postcode, `at ${postcode}`);
      return searchDirectory(tx, { categorySlug: "gardening", postcode: "kt11aa", page: 1, today: TODAY });
    });
    expect(results.postcode).toBe("KT1 1AA");
    expect(titles(results)).toEqual(["at KT1 2AA", "at KT2 3AA", "at KT3 4AA"]);
    for (const [i, postcode] of (["KT1 2AA", "KT2 3AA", "KT3 4AA"] as const).entries()) {
      expect(results.entries[i]!.distanceKm).toBeCloseTo(distanceKm(PLACES["KT1 1AA"], PLACES[postcode]), 6);
    }
    expect(results.entries[0]!.distanceKm).toBeCloseTo(1.112, 3);
    expect(results.total).toBe(3);
  });

  it("gives 20 to a page with the total, and an empty page past the last", async () => {
    const pages = await councils.run("hounslow", async (tx) => {
      const category = await addCategory(tx, "none", "Digital help");
      const { helper } = await addHelper(tx, { categoryIds: [category.id] });
      for (let i = 0; i < 45; i++) await addTestOffer(tx, helper.id, category.id, i % 2 === 0 ? "KT1 2AA" : "KT2 3AA", `offer ${i}`);
      const page = (n: number) => searchDirectory(tx, { categorySlug: "digital-help", postcode: "KT1 1AA", page: n, today: TODAY });
      return [await page(1), await page(2), await page(3), await page(4)];
    });
    expect(pages.map((p) => [p.entries.length, p.total, p.pages, p.page])).toEqual([
      [20, 45, 3, 1],
      [20, 45, 3, 2],
      [5, 45, 3, 3],
      [0, 45, 3, 4],
    ]);
    const seen = pages.flatMap(titles);
    expect(new Set(seen).size).toBe(45);
    const distances = pages.flatMap((p) => p.entries.map((e) => e.distanceKm));
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
  });

  it("refuses a badly formatted postcode and one missing from the council's postcode table, on the postcode field", async () => {
    const [badly, unknown] = await councils.run("hounslow", async (tx) =>
      Promise.all([
        searchDirectory(tx, { postcode: "not a postcode", page: 1 }).catch((e: unknown) => e),
        searchDirectory(tx, { postcode: "SW1A 1AA", page: 1 }).catch((e: unknown) => e),
      ]),
    );
    expect((badly as InputError).fields).toEqual({ postcode: "Enter a real postcode, like KT1 1EU" });
    expect((unknown as InputError).fields.postcode).toBe("We could not find SW1A 1AA in this council's area. Check the postcode, or enter one nearby");
  });
});

describe("directoryOffer", () => {
  it("shows a listed offer with public facts about its helper, and nothing for one withdrawn, unknown, or in another council", async () => {
    const { shown, id } = await councils.run("hounslow", async (tx) => {
      const category = await addCategory(tx, "none", "Meals");
      const { helper } = await addHelper(tx, { categoryIds: [category.id], organisation: true });
      const offer = await addTestOffer(tx, helper.id, category.id, "KT1 2AA", "Hot meals");
      return { shown: await directoryOffer(tx, offer.id, TODAY), id: offer.id };
    });
    expect(shown).toMatchObject({ offerId: id, title: "Hot meals", categoryName: "Meals", categorySlug: "meals", place: "At your home", costPence: null, organisationKind: "voluntary_group", helperAbout: "Helps people nearby." });
    expect(Object.keys(shown!)).not.toContain("postcode");
    expect(JSON.stringify(shown)).not.toContain("@example.com");

    const afterWithdrawing = await councils.run("hounslow", async (tx) => {
      await tx.update(councilSchema.offers).set({ status: "withdrawn" }).where(eq(councilSchema.offers.id, id));
      return directoryOffer(tx, id, TODAY);
    });
    expect(afterWithdrawing).toBeNull();
    expect(await councils.run("hounslow", (tx) => directoryOffer(tx, 987_654, TODAY))).toBeNull();
  });

  it("never shows another council's offer: an id is only ever this council's own", async () => {
    const id = await councils.run("harrow", async (tx) => {
      const category = await addCategory(tx, "none");
      const { helper } = await addHelper(tx, { categoryIds: [category.id] });
      const offer = await addTestOffer(tx, helper.id, category.id, "KT1 1AA", "Harrow's own offer");
      expect((await directoryOffer(tx, offer.id, TODAY))?.title).toBe("Harrow's own offer");
      return offer.id;
    });
    // Ids are counted in each council's schema, so Hounslow may have an offer of its own with this id.
    expect((await councils.run("hounslow", (tx) => directoryOffer(tx, id, TODAY)))?.title).not.toBe("Harrow's own offer");
  });
});
