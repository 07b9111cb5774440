import { costChecked, offerFields } from "@lgp/match";
import { z } from "zod";

const offerId = z.number({ error: "Choose an offer from the list" }).int({ error: "Choose an offer from the list" });

/** The directory's search form: sent by GET, so every field arrives as typed, and an empty category means every kind of help. */
export const directorySearchInput = z.strictObject({
  category: z.string().trim().max(100).optional(),
  postcode: z.string({ error: "Enter a postcode" }).trim().max(20, "Enter a real postcode, like KT1 1EU"),
  page: z.number().int().min(1).max(10_000).default(1),
});

export const offerIdInput = z.strictObject({ offerId });

export const addOfferInput = offerFields
  .extend({ helperId: z.number({ error: "Choose who the offer is from" }).int({ error: "Choose who the offer is from" }) })
  .superRefine(costChecked);

export const updateOfferInput = offerFields.extend({ offerId }).superRefine(costChecked);
