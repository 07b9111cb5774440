import { councilSchema, InputError, type Tx } from "@lgp/db";
import { locatePostcode, postcodeProblem } from "@lgp/postcodes";
import { todayInLondon } from "@lgp/time";
import { and, asc, eq, inArray, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import { helperActedForBy, helpersActedForBy, type Helper } from "./acting-helper";
import { listedInDirectory } from "./directory";

const { categories, helperCategories, helpers, offers } = councilSchema;

type OfferStatus = councilSchema.OfferStatus;

/** The most an offer may cost in the directory: £10,000, past which a typing slip is likelier than a price. */
const MOST_PENCE = 1_000_000;

/**
 * Pounds and pence as a person types them ("12.50", "£12.5", "12") in pence, or what is wrong with it.
 * Nothing is free by costing £0: a helper who charges nothing chooses Free.
 */
export function parseCost(typed: string): { pence: number } | { problem: string } {
  const found = /^£?\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/.exec(typed.trim());
  if (!found) return { problem: "Enter the cost in pounds and pence, like 12.50" };
  const pence = Number(found[1]!.replaceAll(",", "")) * 100 + Number((found[2] ?? "0").padEnd(2, "0"));
  if (pence === 0) return { problem: "Enter a cost of more than £0, or choose Free" };
  if (pence > MOST_PENCE) return { problem: "Enter a cost of £10,000 or less" };
  return { pence };
}

/** Pence as pounds: "£12.50", "£12" for whole pounds. */
export function showPounds(pence: number): string {
  const pounds = Math.floor(pence / 100).toLocaleString("en-GB");
  return pence % 100 === 0 ? `£${pounds}` : `£${pounds}.${String(pence % 100).padStart(2, "0")}`;
}

const text = (what: string, most: number) =>
  z
    .string({ error: `Enter ${what}` })
    .trim()
    .min(1, `Enter ${what}`)
    .max(most, `Enter ${what} in ${most} characters or fewer`);

/** What a helper says about an offer; `offerDetails` adds the cost's checks. */
export const offerFields = z.strictObject({
    title: text("a title for your offer", 120),
    categoryId: z.number({ error: "Choose the kind of help" }).int({ error: "Choose the kind of help" }),
    description: text("what you provide", 2000),
    place: text("where the help happens", 200),
    /** Left empty, the helper's own postcode. */
    postcode: z.string().trim().max(10, "Enter a real postcode, like KT1 1EU").optional(),
    times: text("when you can help", 300),
    forWhom: z.string().trim().max(300, "Enter who it is for in 300 characters or fewer").optional(),
    cost: z.enum(["free", "paid"], { error: "Choose whether it is free or has a cost" }),
    costAmount: z.string().trim().optional(),
    costUnit: z.string().trim().max(40, "Enter what the cost is for in 40 characters or fewer, like per hour").optional(),
});

/** A cost is asked for only when the helper charges: refine any schema built on `offerFields` with this. */
export function costChecked(offer: { cost: "free" | "paid"; costAmount?: string; costUnit?: string }, ctx: z.RefinementCtx): void {
  if (offer.cost !== "paid") return;
  const cost = offer.costAmount ? parseCost(offer.costAmount) : { problem: "Enter the cost in pounds and pence, like 12.50" };
  if ("problem" in cost) ctx.addIssue({ code: "custom", path: ["costAmount"], message: cost.problem });
  if (!offer.costUnit) ctx.addIssue({ code: "custom", path: ["costUnit"], message: "Enter what the cost is for, like per hour or per visit" });
}

/** What a helper says about an offer, from a form, the API or a test: every caller gets the same checks. */
export const offerDetails = offerFields.superRefine(costChecked);
export type OfferDetails = z.input<typeof offerDetails>;

/** What an offer says, as stored: the same fields whether a helper, a form or the demo data gives them. */
export interface OfferText {
  title: string;
  description: string;
  place: string;
  postcode: string;
  times: string;
  forWhom: string;
  costPence: number | null;
  costUnit: string | null;
}

/** An offer as the helper acting for it sees it, with whether residents can find it in the directory today. */
export interface HelperOffer extends OfferText {
  id: number;
  helperId: number;
  categoryId: number;
  categoryName: string;
  status: OfferStatus;
  listed: boolean;
}

/** A helper a person acts for, with the categories they may offer help in and their offers. */
export interface HelperWithOffers {
  helper: Pick<Helper, "id" | "publicName" | "status" | "postcode" | "pausedAt">;
  categories: { id: number; name: string }[];
  offers: HelperOffer[];
}

const offerColumns = (today: string) => ({
  id: offers.id,
  helperId: offers.helperId,
  categoryId: offers.categoryId,
  categoryName: categories.name,
  title: offers.title,
  description: offers.description,
  place: offers.place,
  postcode: offers.postcode,
  times: offers.times,
  forWhom: offers.forWhom,
  costPence: offers.costPence,
  costUnit: offers.costUnit,
  status: offers.status,
  listed: sql<boolean>`${listedInDirectory(today)}`,
});

const today = () => todayInLondon().toString();

function selectOffers(tx: Tx) {
  return tx
    .select(offerColumns(today()))
    .from(offers)
    .innerJoin(helpers, eq(helpers.id, offers.helperId))
    .innerJoin(categories, eq(categories.id, offers.categoryId));
}

/** The categories a helper helps in that the council still lists: the ones they may publish offers in. */
async function categoriesOf(tx: Tx, helperId: number) {
  return tx
    .select({ id: categories.id, name: categories.name })
    .from(helperCategories)
    .innerJoin(categories, eq(categories.id, helperCategories.categoryId))
    .where(and(eq(helperCategories.helperId, helperId), isNull(categories.retiredAt)))
    .orderBy(asc(categories.position), asc(categories.name));
}

/** Every helper `personId` acts for, each with its categories and offers (newest first). */
export async function offersActedForBy(tx: Tx, personId: number): Promise<HelperWithOffers[]> {
  const acted = await helpersActedForBy(tx, personId);
  if (acted.length === 0) return [];
  const all = await selectOffers(tx)
    .where(
      inArray(
        offers.helperId,
        acted.map((h) => h.id),
      ),
    )
    .orderBy(sql`${offers.id} desc`);
  return Promise.all(
    acted.map(async (h) => ({
      helper: { id: h.id, publicName: h.publicName, status: h.status, postcode: h.postcode, pausedAt: h.pausedAt },
      categories: await categoriesOf(tx, h.id),
      offers: all.filter((o) => o.helperId === h.id),
    })),
  );
}

/** One offer with its helper's categories, if `personId` acts for its helper; null otherwise, as if there were no such offer. */
export async function offerActedForBy(tx: Tx, personId: number, offerId: number): Promise<{ offer: HelperOffer; helper: Helper; categories: { id: number; name: string }[] } | null> {
  const [offer] = await selectOffers(tx).where(eq(offers.id, offerId));
  if (!offer) return null;
  const helper = await helperActedForBy(tx, personId, offer.helperId);
  if (!helper) return null;
  return { offer, helper, categories: await categoriesOf(tx, helper.id) };
}

/** The details as columns: refused, with a message beside the field at fault, when the category or postcode will not do. */
async function columnsFor(tx: Tx, helper: Helper, given: OfferDetails) {
  const parsed = offerDetails.safeParse(given);
  if (!parsed.success) {
    const fields: Record<string, string> = {};
    for (const issue of parsed.error.issues) fields[String(issue.path[0] ?? "form")] ??= issue.message;
    throw new InputError(Object.values(fields).join(" "), fields);
  }
  const details = parsed.data;
  if (!(await categoriesOf(tx, helper.id)).some((c) => c.id === details.categoryId)) {
    const message = "Choose one of the kinds of help you give";
    throw new InputError(message, { categoryId: message });
  }
  const postcode = details.postcode || helper.postcode;
  if (!postcode) {
    const message = "Enter the postcode of where the help happens, or of where you help from";
    throw new InputError(message, { postcode: message });
  }
  const problem = postcodeProblem(postcode);
  if (problem) throw new InputError(problem, { postcode: problem });
  const located = await locatePostcode(tx, postcode);
  if (!located) {
    const message = `We could not find ${postcode.toUpperCase()} in this council's area. Check it, or enter a postcode nearby`;
    throw new InputError(message, { postcode: message });
  }
  const paid = details.cost === "paid" ? parseCost(details.costAmount!) : null;
  return {
    title: details.title,
    categoryId: details.categoryId,
    description: details.description,
    place: details.place,
    postcode: located.postcode,
    latitude: located.latitude,
    longitude: located.longitude,
    times: details.times,
    forWhom: details.forWhom ?? "",
    costPence: paid && "pence" in paid ? paid.pence : null,
    costUnit: paid ? details.costUnit! : null,
  };
}

/**
 * Publishes a new offer for `helperId`; null when `personId` does not act for that helper. A helper may
 * prepare offers before the council approves them: the directory lists them once it does.
 */
export async function addOffer(tx: Tx, personId: number, helperId: number, given: OfferDetails): Promise<HelperOffer | null> {
  const helper = await helperActedForBy(tx, personId, helperId);
  if (!helper) return null;
  const [added] = await tx
    .insert(offers)
    .values({ helperId, ...(await columnsFor(tx, helper, given)) })
    .returning({ id: offers.id });
  return (await offerActedForBy(tx, personId, added!.id))!.offer;
}

/** Changes an offer's details; null when there is no such offer for a helper `personId` acts for. */
export async function updateOffer(tx: Tx, personId: number, offerId: number, given: OfferDetails): Promise<{ before: HelperOffer; after: HelperOffer } | null> {
  const found = await lockedOffer(tx, personId, offerId);
  if (!found) return null;
  await tx
    .update(offers)
    .set({ ...(await columnsFor(tx, found.helper, given)), updatedAt: sql`now()` })
    .where(eq(offers.id, offerId));
  return { before: found.offer, after: (await offerActedForBy(tx, personId, offerId))!.offer };
}

/** Takes an offer out of the directory (withdrawn) or puts it back (published); null when there is no such offer for a helper `personId` acts for. */
export async function setOfferStatus(tx: Tx, personId: number, offerId: number, status: OfferStatus): Promise<HelperOffer | null> {
  const found = await lockedOffer(tx, personId, offerId);
  if (!found) return null;
  if (found.offer.status === status) throw new InputError(status === "published" ? "This offer is already published." : "This offer is already withdrawn.");
  await tx.update(offers).set({ status, updatedAt: sql`now()` }).where(eq(offers.id, offerId));
  return (await offerActedForBy(tx, personId, offerId))!.offer;
}

/** Locks the offer, so two people acting for one helper change it in turn. */
async function lockedOffer(tx: Tx, personId: number, offerId: number) {
  const [row] = await tx.select({ id: offers.id }).from(offers).where(eq(offers.id, offerId)).for("update");
  return row ? offerActedForBy(tx, personId, offerId) : null;
}
