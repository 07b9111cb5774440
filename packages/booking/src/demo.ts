import { councilSchema, type Tx } from "@lgp/db";
import { asc, eq } from "drizzle-orm";
import { addBookable, type BookableInput } from "./bookables";

const weekdays = (opens: string, closes: string) => [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens, closes }));

/** Each demo council's own places, so its booking pages have something real to show. */
const PLACES: Record<string, { hall: string; postcode: string }> = {
  kingston: { hall: "Guildhall, High Street, Kingston upon Thames", postcode: "KT1 1EU" },
  richmond: { hall: "Civic Centre, 44 York Street, Twickenham", postcode: "TW1 3BZ" },
  sutton: { hall: "Civic Offices, St Nicholas Way, Sutton", postcode: "SM1 1EA" },
};

/**
 * A demo council's bookables: a community room by the hour, a weekly group session with places, and
 * the first helper's first offer made bookable when the match module's demo made one.
 */
export async function addDemoBookables(tx: Tx, slug: string): Promise<void> {
  const place = PLACES[slug];
  if (!place) return;
  const bookables: BookableInput[] = [
    {
      kind: "room",
      name: "Community room",
      description: "A meeting room for up to 20 people, with tables, chairs and a kitchenette.",
      location: place.hall,
      postcode: place.postcode,
      accessibility: ["Step-free access", "Hearing loop", "Accessible toilet"],
      durationMinutes: 60,
      bufferAfterMinutes: 15,
      noticeMinutes: 120,
      horizonDays: 90,
      weekly: weekdays("09:00", "17:00"),
    },
    {
      kind: "session",
      name: "Chair-based exercise class",
      description: "Gentle exercise you can do sitting down, led by a trained instructor.",
      location: place.hall,
      postcode: place.postcode,
      accessibility: ["Step-free access"],
      durationMinutes: 60,
      capacity: 12,
      horizonDays: 60,
      weekly: [
        { weekday: 2, opens: "10:00", closes: "11:00" },
        { weekday: 4, opens: "14:00", closes: "15:00" },
      ],
    },
  ];
  const [offer] = await tx
    .select({ id: councilSchema.offers.id, helperId: councilSchema.offers.helperId, title: councilSchema.offers.title, place: councilSchema.offers.place, postcode: councilSchema.offers.postcode })
    .from(councilSchema.offers)
    .where(eq(councilSchema.offers.status, "published"))
    .orderBy(asc(councilSchema.offers.id))
    .limit(1);
  if (offer) {
    bookables.push({ kind: "offer", name: offer.title, offerId: offer.id, helperId: offer.helperId, location: offer.place, postcode: offer.postcode, durationMinutes: 60, noticeMinutes: 24 * 60, horizonDays: 30, weekly: weekdays("10:00", "16:00") });
  }
  for (const bookable of bookables) await addBookable(tx, bookable);
}
