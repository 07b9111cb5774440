import { addOffer, directoryOffer, offerActedForBy, offersActedForBy, searchDirectory, setOfferStatus, updateOffer, type HelperOffer } from "@lgp/match";
import { TRPCError } from "@trpc/server";
import { addOfferInput, directorySearchInput, offerIdInput, updateOfferInput } from "../../form-inputs";
import { match, matchSignedIn } from "./procedures";

/** Ids are per council, and an offer of a helper the caller does not act for is, to them, no offer at all. */
function found<T>(offer: T | null): T {
  if (!offer) throw new TRPCError({ code: "NOT_FOUND", message: "There is no such offer. Choose one from your list of offers." });
  return offer;
}

const described = (o: HelperOffer) => ({ offerId: o.id, helperId: o.helperId, category: o.categoryName, status: o.status });

/** The public directory of offers, and helpers' own offers. */
export const offerProcedures = {
  /** Offers listed in the directory, nearest first to a postcode, 20 to a page: anyone on the council's site. */
  directory: match.input(directorySearchInput).query(async ({ ctx, input }) =>
    searchDirectory(ctx.tx, { categorySlug: input.category || undefined, postcode: input.postcode, page: input.page }),
  ),

  /** One offer in full, while the directory lists it. */
  directoryOffer: match.input(offerIdInput).query(async ({ ctx, input }) => {
    const offer = await directoryOffer(ctx.tx, input.offerId);
    if (!offer) throw new TRPCError({ code: "NOT_FOUND", message: "This offer is not in the directory. It may have been withdrawn." });
    return offer;
  }),

  /** The helpers the caller acts for, each with the categories it may offer help in and its offers. */
  myOffers: matchSignedIn.query(async ({ ctx }) => offersActedForBy(ctx.tx, ctx.person.id)),

  /** One of the caller's helpers' offers, to change. */
  myOffer: matchSignedIn.input(offerIdInput).query(async ({ ctx, input }) => found(await offerActedForBy(ctx.tx, ctx.person.id, input.offerId))),

  addOffer: matchSignedIn.input(addOfferInput).mutation(async ({ ctx, input }) => {
    const { helperId, ...details } = input;
    const offer = found(await addOffer(ctx.tx, ctx.person.id, helperId, details));
    await ctx.audit({ action: "offer.added", subject: offer.title, detail: described(offer) });
    return offer;
  }),

  updateOffer: matchSignedIn.input(updateOfferInput).mutation(async ({ ctx, input }) => {
    const { offerId, ...details } = input;
    const { before, after } = found(await updateOffer(ctx.tx, ctx.person.id, offerId, details));
    await ctx.audit({ action: "offer.updated", subject: after.title, detail: { ...described(after), before: { title: before.title, costPence: before.costPence }, after: { title: after.title, costPence: after.costPence } } });
    return after;
  }),

  /** Takes an offer out of the directory; it is kept, and can be published again. */
  withdrawOffer: matchSignedIn.input(offerIdInput).mutation(async ({ ctx, input }) => {
    const offer = found(await setOfferStatus(ctx.tx, ctx.person.id, input.offerId, "withdrawn"));
    await ctx.audit({ action: "offer.withdrawn", subject: offer.title, detail: described(offer) });
    return offer;
  }),

  publishOffer: matchSignedIn.input(offerIdInput).mutation(async ({ ctx, input }) => {
    const offer = found(await setOfferStatus(ctx.tx, ctx.person.id, input.offerId, "published"));
    await ctx.audit({ action: "offer.published", subject: offer.title, detail: described(offer) });
    return offer;
  }),
};
