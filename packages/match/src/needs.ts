import { councilSchema, InputError, newReference, normaliseReference, type Tx } from "@lgp/db";
import { locatePostcode, type LocatedPostcode } from "@lgp/postcodes";
import { Temporal, todayInLondon, ZONE } from "@lgp/time";
import { and, eq, isNull } from "drizzle-orm";
import { needDetails, type NeedDetails } from "./need-questions";
import { readMatchSettings } from "./settings";

const { categories, needs, needEvents } = councilSchema;

/** A need's reference, like HN-7K3M-Q9PX. */
export const newNeedReference = () => newReference("HN");

/** A need's reference as a person may type it, in its stored form; null when it cannot be one. */
export const normaliseNeedReference = (typed: string) => normaliseReference("HN", typed);

/** How the resident agreed to someone else asking for help for them. */
export interface Consent {
  givenBy: string;
  /** An ISO date (2026-11-26): the day in London it was given. */
  on: string;
  how: councilSchema.ConsentHow;
}

export interface NewNeed {
  residentId: number;
  /** The resident themselves, or the member of staff or referrer asking for them. */
  createdBy: number;
  details: NeedDetails;
  /** Required when the creator is not the resident. */
  consent?: Consent;
  /** The clock, for tests; otherwise now. */
  now?: Temporal.Instant;
}

/**
 * Records a need, open, with the first entry of its trail, in the caller's transaction. Its category
 * must be one the council lists and its postcode one in the council's postcode table, so every need
 * can be placed on the map; it expires after the council's need expiry days unless met.
 */
export async function createNeed(tx: Tx, given: NewNeed): Promise<{ id: number; reference: string }> {
  const details = checkedDetails(given.details);
  const now = given.now ?? Temporal.Now.instant();
  const categoryId = await listedCategoryId(tx, details.category);
  const place = await knownPostcode(tx, details.postcode);
  const today = todayInLondon(now);
  if (details.dates.some((d) => Temporal.PlainDate.compare(Temporal.PlainDate.from(d), today) < 0)) {
    throw new InputError("The date you need help must be today or in the future", { times: "The date you need help must be today or in the future" });
  }
  const byAnother = given.createdBy !== given.residentId;
  if (byAnother && !given.consent) throw new InputError("Record the resident's consent: who gave it, when and how", { consentGivenBy: "Enter the name of the person who gave consent" });
  const consent = byAnother && given.consent ? consentColumns(given.consent, today) : {};
  const { needExpiryDays } = await readMatchSettings(tx);
  const values = {
    residentId: given.residentId,
    createdBy: given.createdBy,
    categoryId,
    description: details.description,
    postcode: place.postcode,
    latitude: place.latitude,
    longitude: place.longitude,
    wardCode: place.wardCode,
    times: details.times as councilSchema.WeekPart[],
    dates: [...new Set(details.dates)].sort(),
    urgency: details.urgency,
    language: details.language || null,
    helperGender: details.helperGender === "none" ? null : details.helperGender,
    accessibility: details.accessibility,
    ...consent,
    expiresAt: new Date(now.add({ hours: 24 * needExpiryDays }).epochMilliseconds),
  };
  // A clash of references is astronomically rare; drawing again keeps the unique index the only judge.
  for (;;) {
    const [need] = await tx
      .insert(needs)
      .values({ ...values, reference: newNeedReference() })
      .onConflictDoNothing({ target: needs.reference })
      .returning({ id: needs.id, reference: needs.reference });
    if (!need) continue;
    await tx.insert(needEvents).values({ needId: need.id, fromStatus: null, toStatus: "open", actorId: given.createdBy, reason: byAnother ? "Asked for help for the resident" : "Asked for help" });
    return need;
  }
}

/** The id of a category the council lists, by its slug; refused beside the category question otherwise. */
export async function listedCategoryId(tx: Tx, slug: string): Promise<number> {
  const [found] = await tx
    .select({ id: categories.id })
    .from(categories)
    .where(and(eq(categories.slug, slug), isNull(categories.retiredAt)));
  if (found) return found.id;
  throw new InputError("Select the kind of help you need from the list", { category: "Select the kind of help you need from the list" });
}

/** Where a postcode is, from the council's postcode table; refused beside the postcode question when the table does not have it. */
export async function knownPostcode(tx: Tx, postcode: string): Promise<LocatedPostcode> {
  const place = await locatePostcode(tx, postcode);
  if (place) return place;
  const message = "We could not find that postcode in this council's area. Check it and enter it again";
  throw new InputError(message, { postcode: message });
}

function consentColumns(consent: Consent, today: Temporal.PlainDate) {
  const givenBy = consent.givenBy.trim();
  if (!givenBy) throw new InputError("Enter the name of the person who gave consent", { consentGivenBy: "Enter the name of the person who gave consent" });
  const on = Temporal.PlainDate.from(consent.on);
  if (Temporal.PlainDate.compare(on, today) > 0) throw new InputError("The date consent was given must be today or in the past", { consentOn: "The date consent was given must be today or in the past" });
  const at = on.toZonedDateTime({ timeZone: ZONE }).toInstant();
  return { consentGivenBy: givenBy, consentAt: new Date(at.epochMilliseconds), consentHow: consent.how };
}

/** Checks details given by a caller that skipped the API's own check (a script, a test, a draft saved long ago). */
function checkedDetails(given: NeedDetails): NeedDetails {
  const parsed = needDetails.safeParse(given);
  if (parsed.success) return parsed.data;
  const fields: Record<string, string> = {};
  for (const issue of parsed.error.issues) fields[String(issue.path[0] ?? "form")] ??= issue.message;
  throw new InputError(Object.values(fields).join(" "), fields);
}
