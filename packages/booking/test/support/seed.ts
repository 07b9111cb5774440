import { councilSchema, rowsOf, type Tx } from "@lgp/db";
import { Temporal } from "@lgp/time";
import { sql } from "drizzle-orm";
import { addBookable, type BookableInput } from "../../src/bookables";
import { confirmBooking } from "../../src/changes";
import { holdTime } from "../../src/hold";

let counter = 0;

export async function aPerson(tx: Tx, name = "Someone"): Promise<number> {
  const [person] = await tx
    .insert(councilSchema.people)
    .values({ email: `p${Date.now().toString(36)}${(counter++).toString(36)}@example.com`, name })
    .returning();
  return person!.id;
}

/** A community room open 9 to 5 on weekdays, booked by the hour. */
export async function aRoom(tx: Tx, changes: Partial<BookableInput> = {}) {
  return addBookable(tx, {
    kind: "room",
    name: "Community room",
    location: "Guildhall, High Street",
    durationMinutes: 60,
    horizonDays: 400,
    weekly: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: "09:00", closes: "17:00" })),
    ...changes,
  });
}

/** Tuesday 1 December 2026 (GMT) at `hhmm`; the tests' clock stands a week earlier. */
export const dec1 = (hhmm: string) => Temporal.Instant.from(`2026-12-01T${hhmm}:00Z`);
export const NOW = Temporal.Instant.from("2026-11-24T12:00:00Z");
export const key = () => `key-${(counter++).toString(36)}`;

/** The error `attempt` was refused with; a test fails if it was not refused. */
export async function refusal<E extends Error>(attempt: Promise<unknown>): Promise<E> {
  try {
    await attempt;
  } catch (error) {
    return error as E;
  }
  throw new Error("It was not refused");
}

/** A confirmed booking of `startsAt` for `personId`, made at `now`. */
export async function aBooking(tx: Tx, bookableId: number, personId: number, startsAt: Temporal.Instant, now = NOW) {
  const held = await holdTime(tx, { bookableId, startsAt, personId, bookedBy: personId, idempotencyKey: key(), now });
  return confirmBooking(tx, held.id, now);
}

/** Emails queued to `to`, oldest first, as kind and plain text. */
export async function emailsTo(tx: Tx, to: string): Promise<{ kind: string; text: string }[]> {
  return rowsOf<{ kind: string; text: string }>(await tx.execute(sql`select kind, message->>'text' as text from emails where recipient = ${to} order by id`));
}

/**
 * An approved volunteer known as `publicName`, with an offer made bookable on the same hours as the
 * room (a chat over tea, by the hour).
 */
export async function aHelperOffer(tx: Tx, publicName: string, changes: Partial<BookableInput> = {}) {
  const personId = await aPerson(tx, `${publicName} Helper`);
  const [helper] = await tx.insert(councilSchema.helpers).values({ kind: "volunteer", personId, publicName, status: "approved" }).returning();
  const slug = `befriending-${(counter++).toString(36)}`;
  const [category] = await tx.insert(councilSchema.categories).values({ slug, name: slug }).returning();
  const [offer] = await tx
    .insert(councilSchema.offers)
    .values({
      helperId: helper!.id,
      categoryId: category!.id,
      title: "A chat over tea",
      description: "A friendly chat over a cup of tea",
      place: "Guildhall, High Street",
      postcode: "KT1 1EU",
      latitude: 51.4085,
      longitude: -0.3064,
      times: "Weekdays",
    })
    .returning();
  const bookable = await aRoom(tx, { kind: "offer", name: "A chat over tea", offerId: offer!.id, helperId: helper!.id, ...changes });
  return { helperId: helper!.id, bookable };
}

/** Someone holding `role` in the council: a member of staff by default, who can take appointments. */
export async function aStaffMember(tx: Tx, role = "council_staff"): Promise<number> {
  const personId = await aPerson(tx, "Sam Staff");
  await tx.insert(councilSchema.roleGrants).values({ personId, role });
  return personId;
}
