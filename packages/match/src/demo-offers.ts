import { councilSchema, type Tx } from "@lgp/db";
import { locatePostcode } from "@lgp/postcodes";
import { and, eq } from "drizzle-orm";
import type { OfferText } from "./offers";

const { categories, helpers, offers } = councilSchema;

interface DemoOffer extends OfferText {
  /** The demo helper's public name (demo-helpers.ts), and one of its categories' slugs; its postcode is one of the demo council's own. */
  helper: string;
  category: string;
}

const free = { costPence: null, costUnit: null };

/** What each demo council's helpers offer, so its directory has help to find from the first visit. */
const DEMO_OFFERS: Record<string, DemoOffer[]> = {
  kingston: [
    { helper: "Priya", category: "befriending", title: "A friendly chat over tea", description: "A weekly visit for tea and a chat, or a phone call if you prefer.", place: "At your home, or by phone", postcode: "KT1 1EU", times: "Weekday mornings", forWhom: "Older people who would like company", ...free },
    { helper: "Tom", category: "befriending", title: "Weekend walks and talks", description: "A walk by the river or round the park, at your pace.", place: "Around Surbiton", postcode: "KT6 4PE", times: "Evenings and weekends", forWhom: "Anyone who would like company on a walk", ...free },
    { helper: "Kingston Home Carers", category: "care-at-home", title: "Help at home from registered carers", description: "Help with washing, dressing, meals and medicines, from carers registered with the CQC.", place: "At your home in central Kingston", postcode: "KT1 2EE", times: "Weekdays, 8am to 6pm", forWhom: "Adults who need care at home", costPence: 2650, costUnit: "per hour" },
    { helper: "Surbiton Community Transport", category: "community-transport", title: "Door-to-door minibus", description: "A wheelchair-accessible minibus with a driver who helps you on and off.", place: "From your door", postcode: "KT6 4PE", times: "Weekdays, 9am to 5pm", forWhom: "People who cannot use buses", costPence: 350, costUnit: "per trip" },
  ],
  richmond: [
    { helper: "Margaret", category: "meals-at-home", title: "Home-cooked meals", description: "A hot meal cooked in your kitchen, and company while you eat it.", place: "At your home in Twickenham", postcode: "TW1 3BZ", times: "Weekday afternoons", forWhom: "Older people living alone", ...free },
    { helper: "Kwame", category: "activity-sessions", title: "Gentle exercise by the river", description: "Stretching and walking for all abilities, outdoors in good weather.", place: "Richmond riverside", postcode: "TW9 1TP", times: "Saturday mornings", forWhom: "Adults of any age and fitness", costPence: 300, costUnit: "per session" },
    { helper: "Richmond Day Care", category: "day-centres", title: "Days out at the day centre", description: "Activities, a hot lunch and company, with transport there and back.", place: "Twickenham", postcode: "TW2 7BA", times: "Weekdays, 10am to 4pm", forWhom: "Older people and people with dementia", costPence: 4500, costUnit: "per day" },
    { helper: "Teddington Carers Network", category: "carers-support", title: "Carers' coffee mornings", description: "Meet other carers, get advice and have a break.", place: "Teddington", postcode: "TW11 8HU", times: "First Saturday of the month, 10am", forWhom: "Unpaid carers", ...free },
  ],
  sutton: [
    { helper: "Dev", category: "home-adaptations", title: "Grab rails fitted", description: "Grab rails and small fixes that make your home safer.", place: "At your home", postcode: "SM1 1EA", times: "Weekends", forWhom: "Anyone who needs a hand at home", ...free },
    { helper: "Grace", category: "advice", title: "Help with forms and letters", description: "Help to read, understand and answer forms and letters.", place: "Carshalton library, or by phone", postcode: "SM5 3BN", times: "Weekday afternoons", forWhom: "Anyone", ...free },
    { helper: "Sutton Advice Centre", category: "advice", title: "Money and benefits advice", description: "Free, confidential advice on money, debt, housing and benefits.", place: "Sutton town centre", postcode: "SM1 1JG", times: "Weekdays, 9am to 4pm", forWhom: "Sutton residents", ...free },
    { helper: "Sutton Youth Hub", category: "youth-clubs", title: "Evening youth club", description: "Games, sport and a safe place to meet friends.", place: "Sutton Youth Hub", postcode: "SM1 1AA", times: "Weekday evenings", forWhom: "Young people aged 11 to 18", costPence: 100, costUnit: "per evening" },
  ],
};

/** Gives a demo council's helpers their offers (after its postcodes, categories and helpers); any other council none. */
export async function addDemoOffers(tx: Tx, slug: string): Promise<void> {
  for (const { helper, category, postcode, ...offer } of DEMO_OFFERS[slug] ?? []) {
    const [found] = await tx
      .select({ helperId: helpers.id, categoryId: categories.id })
      .from(helpers)
      .innerJoin(categories, and(eq(helpers.publicName, helper), eq(categories.slug, category)));
    const place = await locatePostcode(tx, postcode);
    if (!found || !place) throw new Error(`The demo offer "${offer.title}" names a helper, category or postcode ${slug} does not have.`);
    await tx.insert(offers).values({ ...found, ...offer, postcode: place.postcode, latitude: place.latitude, longitude: place.longitude });
  }
}
