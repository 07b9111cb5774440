import { councilSchema, InputError } from "@lgp/db";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { addOffer, offerActedForBy, offerDetails, offersActedForBy, parseCost, setOfferStatus, showPounds, updateOffer, type OfferDetails } from "../src/offers";
import { testCouncils } from "./support/council";
import { addCategory, addHelper, addPostcodes } from "./support/offer-seed";

const councils = testCouncils("offers", ["ealing"]);

const refusal = (promise: Promise<unknown>) => promise.then(() => null, (e: unknown) => (e instanceof InputError ? e.fields : e));

describe("parseCost", () => {
  it("reads pounds and pence as people type them", () => {
    expect(parseCost("12.50")).toEqual({ pence: 1250 });
    expect(parseCost("£12.5")).toEqual({ pence: 1250 });
    expect(parseCost(" £ 12 ")).toEqual({ pence: 1200 });
    expect(parseCost("0.99")).toEqual({ pence: 99 });
    expect(parseCost("1,250")).toEqual({ pence: 125_000 });
  });
  it("refuses nothing at all, a free cost, and what is not pounds and pence", () => {
    expect(parseCost("0")).toEqual({ problem: "Enter a cost of more than £0, or choose Free" });
    expect(parseCost("£0.00")).toEqual({ problem: "Enter a cost of more than £0, or choose Free" });
    for (const typed of ["", "free", "12.505", "-5", "12,5", "£", "1e3"]) expect(parseCost(typed), typed).toEqual({ problem: "Enter the cost in pounds and pence, like 12.50" });
    expect(parseCost("10000.01")).toEqual({ problem: "Enter a cost of £10,000 or less" });
  });
  it("shows pence as pounds", () => {
    expect([showPounds(1250), showPounds(1200), showPounds(5), showPounds(125_000)]).toEqual(["£12.50", "£12", "£0.05", "£1,250"]);
  });
});

const details = (categoryId: number, more: Partial<OfferDetails> = {}): OfferDetails => ({
  title: "Garden tidy-ups",
  categoryId,
  description: "Weeding, mowing and clearing leaves.",
  place: "At your home",
  times: "Saturday mornings",
  forWhom: "Older people",
  cost: "free",
  ...more,
});

describe("offerDetails", () => {
  it("asks for a cost and what it is for only when the helper charges", () => {
    expect(offerDetails.safeParse(details(1)).success).toBe(true);
    expect(offerDetails.safeParse(details(1, { cost: "paid", costAmount: "12.50", costUnit: "per hour" })).success).toBe(true);
    const refused = offerDetails.safeParse(details(1, { cost: "paid", costAmount: "0" }));
    expect(refused.error?.issues.map((i) => [i.path[0], i.message])).toEqual([
      ["costAmount", "Enter a cost of more than £0, or choose Free"],
      ["costUnit", "Enter what the cost is for, like per hour or per visit"],
    ]);
    expect(offerDetails.safeParse({ ...details(1), cost: undefined }).error?.issues[0]?.message).toBe("Choose whether it is free or has a cost");
  });
});

describe("a helper's offers", () => {
  it("publishes an offer measured from the helper's postcode unless given another, with its cost in pence", async () => {
    const { own, elsewhere } = await councils.run("ealing", async (tx) => {
      await addPostcodes(tx);
      const category = await addCategory(tx, "none", "Gardening");
      const { helper, personId } = await addHelper(tx, { categoryIds: [category.id], postcode: "KT2 3AA" });
      const own = await addOffer(tx, personId, helper.id, details(category.id));
      const elsewhere = await addOffer(tx, personId, helper.id, details(category.id, { postcode: "kt12aa", cost: "paid", costAmount: "£12.5", costUnit: "per hour" }));
      return { own, elsewhere };
    });
    expect(own).toMatchObject({ postcode: "KT2 3AA", costPence: null, costUnit: null, status: "published", listed: true, categoryName: "Gardening" });
    expect(elsewhere).toMatchObject({ postcode: "KT1 2AA", costPence: 1250, costUnit: "per hour" });
  });

  it("lets an organisation's owner publish for it, prepared before approval and listed only once approved", async () => {
    const { before, after } = await councils.run("ealing", async (tx) => {
      const category = await addCategory(tx, "none");
      const { helper, personId } = await addHelper(tx, { categoryIds: [category.id], organisation: true, status: "applying" });
      const offer = await addOffer(tx, personId, helper.id, details(category.id));
      const before = (await offersActedForBy(tx, personId))[0]!;
      await tx.update(councilSchema.helpers).set({ status: "approved" }).where(eq(councilSchema.helpers.id, helper.id));
      return { before, after: (await offerActedForBy(tx, personId, offer!.id))!.offer };
    });
    expect(before.helper.status).toBe("applying");
    expect(before.offers.map((o) => [o.title, o.status, o.listed])).toEqual([["Garden tidy-ups", "published", false]]);
    expect(after.listed).toBe(true);
  });

  it("refuses a category the helper does not give, an unknown postcode, and a cost of nothing, beside the field", async () => {
    const refused = await councils.run("ealing", async (tx) => {
      const mine = await addCategory(tx, "none");
      const other = await addCategory(tx, "none");
      const { helper, personId } = await addHelper(tx, { categoryIds: [mine.id] });
      return {
        category: await refusal(addOffer(tx, personId, helper.id, details(other.id))),
        postcode: await refusal(addOffer(tx, personId, helper.id, details(mine.id, { postcode: "SW1A 1AA" }))),
        format: await refusal(addOffer(tx, personId, helper.id, details(mine.id, { postcode: "nowhere" }))),
        cost: await refusal(addOffer(tx, personId, helper.id, details(mine.id, { cost: "paid", costAmount: "0", costUnit: "per visit" }))),
      };
    });
    expect(refused).toEqual({
      category: { categoryId: "Choose one of the kinds of help you give" },
      postcode: { postcode: "We could not find SW1A 1AA in this council's area. Check it, or enter a postcode nearby" },
      format: { postcode: "Enter a real postcode, like KT1 1EU" },
      cost: { costAmount: "Enter a cost of more than £0, or choose Free" },
    });
  });

  it("edits, withdraws and publishes again; withdrawing twice is refused with a clear message", async () => {
    const seen = await councils.run("ealing", async (tx) => {
      const category = await addCategory(tx, "none");
      const { helper, personId } = await addHelper(tx, { categoryIds: [category.id] });
      const offer = (await addOffer(tx, personId, helper.id, details(category.id)))!;
      const edited = await updateOffer(tx, personId, offer.id, details(category.id, { title: "Lawn mowing", cost: "paid", costAmount: "8", costUnit: "per visit" }));
      const withdrawn = await setOfferStatus(tx, personId, offer.id, "withdrawn");
      const twice = await setOfferStatus(tx, personId, offer.id, "withdrawn").catch((e: unknown) => (e as Error).message);
      const again = await setOfferStatus(tx, personId, offer.id, "published");
      return { edited, withdrawn, twice, again };
    });
    expect(seen.edited?.before.title).toBe("Garden tidy-ups");
    expect(seen.edited?.after).toMatchObject({ title: "Lawn mowing", costPence: 800, costUnit: "per visit" });
    expect([seen.withdrawn?.status, seen.withdrawn?.listed]).toEqual(["withdrawn", false]);
    expect(seen.twice).toBe("This offer is already withdrawn.");
    expect([seen.again?.status, seen.again?.listed]).toEqual(["published", true]);
  });

  it("lets nobody who does not act for the helper see or touch its offers", async () => {
    const { results, unchanged } = await councils.run("ealing", async (tx) => {
      const category = await addCategory(tx, "none");
      const { helper, personId } = await addHelper(tx, { categoryIds: [category.id] });
      const { personId: stranger } = await addHelper(tx, { categoryIds: [category.id], organisation: true });
      const offer = (await addOffer(tx, personId, helper.id, details(category.id)))!;
      const results = {
        add: await addOffer(tx, stranger, helper.id, details(category.id)),
        see: await offerActedForBy(tx, stranger, offer.id),
        edit: await updateOffer(tx, stranger, offer.id, details(category.id, { title: "Taken over" })),
        withdraw: await setOfferStatus(tx, stranger, offer.id, "withdrawn"),
        listsOnlyTheirOwn: (await offersActedForBy(tx, stranger)).flatMap((h) => h.offers.map((o) => o.id)).includes(offer.id),
      };
      return { results, unchanged: (await offerActedForBy(tx, personId, offer.id))!.offer };
    });
    expect(results).toEqual({ add: null, see: null, edit: null, withdraw: null, listsOnlyTheirOwn: false });
    expect([unchanged.title, unchanged.status]).toEqual(["Garden tidy-ups", "published"]);
  });
});
