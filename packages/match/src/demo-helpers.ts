import { councilSchema, type Tx } from "@lgp/db";
import { locatePostcode } from "@lgp/postcodes";
import { inArray } from "drizzle-orm";
import type { AccessNeed } from "./choices";
import { SIGN_UP_TASKS } from "./sign-up-tasks";
import type { RecordedCheck } from "./vetting";

type WeekPart = councilSchema.WeekPart;

const { people, roleGrants, organisations, helpers, helperCategories, categories, vettingRecords } = councilSchema;

type Who = { volunteer: string } | { organisation: { name: string; kind: "care_provider" | "voluntary_group" | "business"; cqcLocationId?: string; charityNumber?: string; owner: string } };

interface DemoHelper {
  who: Who;
  publicName: string;
  about: string;
  /** A postcode of the demo council's, with a radius; or wards by code. */
  area: { postcode: string; radiusKm: number } | { wards: string[] };
  availability: WeekPart[];
  capacity: number;
  languages: string[];
  accessibility: AccessNeed[];
  gender: "female" | "male" | null;
  categories: string[];
  check: RecordedCheck;
  certificateNumber: string;
}

const weekdays = (part: "morning" | "afternoon" | "evening"): WeekPart[] => (["mon", "tue", "wed", "thu", "fri"] as const).map((d) => `${d}-${part}` as const);
const weekend: WeekPart[] = ["sat-morning", "sat-afternoon", "sun-morning", "sun-afternoon"];

/**
 * Approved helpers of every kind for each demo council, in date, so its directory, feed and suggestions
 * have someone to show. Each council makes the same number of people, so a person's id is the same in
 * each (the API's tests rely on ids alone never telling councils apart).
 */
const DEMO_HELPERS: Record<string, DemoHelper[]> = {
  kingston: [
    { who: { volunteer: "priya@volunteers.example" }, publicName: "Priya", about: "Retired nurse who enjoys a chat and knows Kingston well.", area: { postcode: "KT1 1EU", radiusKm: 3 }, availability: weekdays("morning"), capacity: 2, languages: ["English", "Gujarati"], accessibility: [], gender: "female", categories: ["befriending", "community-transport"], check: "dbs_enhanced_barred", certificateNumber: "001234567890" },
    { who: { volunteer: "tom@volunteers.example" }, publicName: "Tom", about: "Student at Kingston University, free most evenings and weekends.", area: { postcode: "KT6 4PE", radiusKm: 2 }, availability: [...weekdays("evening"), ...weekend], capacity: 1, languages: ["English", "Polish"], accessibility: [], gender: "male", categories: ["befriending"], check: "dbs_enhanced", certificateNumber: "001234567891" },
    { who: { organisation: { name: "Kingston Home Carers", kind: "care_provider", cqcLocationId: "1-123456789", owner: "owner@kingstonhomecarers.example" } }, publicName: "Kingston Home Carers", about: "Registered carers visiting homes across central Kingston.", area: { wards: ["E05000408", "E05000403", "E05000409", "E05000415"] }, availability: [...weekdays("morning"), ...weekdays("afternoon")], capacity: 10, languages: ["English", "Tamil"], accessibility: [], gender: null, categories: ["care-at-home"], check: "dbs_enhanced_barred", certificateNumber: "001234567892" },
    { who: { organisation: { name: "Surbiton Community Transport", kind: "voluntary_group", charityNumber: "1098765", owner: "owner@surbitontransport.example" } }, publicName: "Surbiton Community Transport", about: "Door-to-door minibus trips with a driver who helps you on and off.", area: { postcode: "KT6 4PE", radiusKm: 6 }, availability: [...weekdays("morning"), ...weekdays("afternoon")], capacity: 6, languages: ["English"], accessibility: ["step_free", "wheelchair_vehicle"], gender: null, categories: ["community-transport"], check: "dbs_enhanced_barred", certificateNumber: "001234567893" },
  ],
  richmond: [
    { who: { volunteer: "margaret@volunteers.example" }, publicName: "Margaret", about: "Loves cooking and has time to share a meal and a chat.", area: { postcode: "TW1 3BZ", radiusKm: 3 }, availability: weekdays("afternoon"), capacity: 2, languages: ["English"], accessibility: [], gender: "female", categories: ["meals-at-home", "carers-support"], check: "dbs_enhanced", certificateNumber: "002234567890" },
    { who: { volunteer: "kwame@volunteers.example" }, publicName: "Kwame", about: "Fitness coach running gentle exercise by the river.", area: { postcode: "TW9 1TP", radiusKm: 4 }, availability: [...weekdays("evening"), ...weekend], capacity: 3, languages: ["English", "Twi"], accessibility: ["step_free"], gender: "male", categories: ["activity-sessions"], check: "dbs_standard", certificateNumber: "002234567891" },
    { who: { organisation: { name: "Richmond Day Care", kind: "care_provider", cqcLocationId: "1-1023456789", owner: "owner@richmonddaycare.example" } }, publicName: "Richmond Day Care", about: "A day centre in Twickenham with meals, activities and transport.", area: { wards: ["E05000531", "E05000529", "E05000533"] }, availability: [...weekdays("morning"), ...weekdays("afternoon")], capacity: 12, languages: ["English", "Punjabi"], accessibility: ["step_free", "hearing_loop"], gender: null, categories: ["day-centres", "meals-at-home"], check: "dbs_enhanced_barred", certificateNumber: "002234567892" },
    { who: { organisation: { name: "Teddington Carers Network", kind: "voluntary_group", charityNumber: "1123456", owner: "owner@teddingtoncarers.example" } }, publicName: "Teddington Carers Network", about: "Groups, advice and short breaks for unpaid carers.", area: { postcode: "TW11 8HU", radiusKm: 5 }, availability: [...weekdays("morning"), "sat-morning"], capacity: 8, languages: ["English"], accessibility: ["step_free", "bsl"], gender: null, categories: ["carers-support"], check: "dbs_enhanced", certificateNumber: "002234567893" },
  ],
  sutton: [
    { who: { volunteer: "dev@volunteers.example" }, publicName: "Dev", about: "Handy with tools, happy to fit a rail or fix a step.", area: { postcode: "SM1 1EA", radiusKm: 4 }, availability: weekend, capacity: 2, languages: ["English", "Hindi"], accessibility: [], gender: "male", categories: ["home-adaptations"], check: "dbs_basic", certificateNumber: "003234567890" },
    { who: { volunteer: "grace@volunteers.example" }, publicName: "Grace", about: "Former housing officer who helps with forms and letters.", area: { postcode: "SM5 3BN", radiusKm: 3 }, availability: weekdays("afternoon"), capacity: 3, languages: ["English", "Yoruba"], accessibility: ["large_print"], gender: "female", categories: ["advice"], check: "id_check", certificateNumber: "PASSPORT-123456789" },
    { who: { organisation: { name: "Sutton Advice Centre", kind: "voluntary_group", charityNumber: "SC012345", owner: "owner@suttonadvice.example" } }, publicName: "Sutton Advice Centre", about: "Free advice on money, housing and benefits.", area: { wards: ["E05000564", "E05000565", "E05000566"] }, availability: [...weekdays("morning"), ...weekdays("afternoon")], capacity: 15, languages: ["English", "Tamil", "Polish"], accessibility: ["step_free", "hearing_loop"], gender: null, categories: ["advice"], check: "id_check", certificateNumber: "CHARITY-REF-2024" },
    { who: { organisation: { name: "Sutton Youth Hub", kind: "business", owner: "owner@suttonyouthhub.example" } }, publicName: "Sutton Youth Hub", about: "Evening clubs for young people aged 11 to 18.", area: { postcode: "SM1 1AA", radiusKm: 5 }, availability: weekdays("evening"), capacity: 20, languages: ["English"], accessibility: ["step_free"], gender: null, categories: ["youth-clubs"], check: "dbs_enhanced_barred", certificateNumber: "003234567893" },
  ],
};

/** Checks issued in spring 2025 and due again in spring 2028: in date for the demo's life. */
const ISSUED_ON = "2025-04-01";
const RECHECK_ON = "2028-04-01";

/** Gives a demo council its approved helpers (after its postcodes and categories); any other council none. */
export async function addDemoHelpers(tx: Tx, slug: string): Promise<void> {
  const demo = DEMO_HELPERS[slug];
  if (!demo) return;
  const [verifier] = await tx.insert(people).values({ email: `vetting@${slug}.example` }).returning({ id: people.id });
  for (const helper of demo) {
    const [person] = await tx.insert(people).values({ email: "volunteer" in helper.who ? helper.who.volunteer : helper.who.organisation.owner }).returning({ id: people.id });
    let who: { kind: "volunteer"; personId: number } | { kind: "organisation"; organisationId: number };
    if ("volunteer" in helper.who) {
      await tx.insert(roleGrants).values({ personId: person!.id, role: "volunteer" });
      who = { kind: "volunteer", personId: person!.id };
    } else {
      const { owner: _owner, ...organisation } = helper.who.organisation;
      const [added] = await tx.insert(organisations).values(organisation).returning({ id: organisations.id });
      await tx.insert(roleGrants).values({ personId: person!.id, role: "provider_owner", organisationId: added!.id });
      who = { kind: "organisation", organisationId: added!.id };
    }
    const place = "postcode" in helper.area ? await locatePostcode(tx, helper.area.postcode) : null;
    const [added] = await tx
      .insert(helpers)
      .values({
        ...who,
        publicName: helper.publicName,
        about: helper.about,
        status: "approved",
        ...(place && "radiusKm" in helper.area ? { postcode: place.postcode, latitude: place.latitude, longitude: place.longitude, radiusKm: helper.area.radiusKm } : {}),
        wards: "wards" in helper.area ? helper.area.wards : [],
        availability: helper.availability,
        capacity: helper.capacity,
        languages: helper.languages,
        accessibility: helper.accessibility,
        gender: helper.gender,
        notice: "daily",
        signUpTasks: [...SIGN_UP_TASKS],
        submittedAt: new Date("2025-03-20T10:00:00Z"),
        decidedAt: new Date("2025-04-01T10:00:00Z"),
        decidedBy: verifier!.id,
      })
      .returning({ id: helpers.id });
    const chosen = await tx.select({ id: categories.id }).from(categories).where(inArray(categories.slug, helper.categories));
    await tx.insert(helperCategories).values(chosen.map((c) => ({ helperId: added!.id, categoryId: c.id })));
    await tx.insert(vettingRecords).values({ helperId: added!.id, check: helper.check, certificateNumber: helper.certificateNumber, issuedOn: ISSUED_ON, updateService: true, recheckOn: RECHECK_ON, verifiedBy: verifier!.id });
  }
}
