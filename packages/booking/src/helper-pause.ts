import { councilSchema, InputError, type Tx } from "@lgp/db";
import { queueEmail, type EmailTemplate } from "@lgp/email";
import { formatDayTime, Temporal } from "@lgp/time";
import { alias } from "drizzle-orm/pg-core";
import { and, asc, eq, gt, inArray, isNotNull, lte, ne, or, sql, type SQL } from "drizzle-orm";
import type { CouncilMail } from "@lgp/councils";
import type { Booking } from "./hold";
import { bookingOnHoldEmail, bookingResumedEmail, type HelperBookingDetails } from "./pause-emails";

/*
 * A helper the council pauses (the match module sets helpers.paused_at) keeps none of their future
 * bookings going: each goes on hold, still keeping its place so nobody takes the time meanwhile, and
 * comes back when they are resumed. The API calls these in the transaction that pauses or resumes them.
 */

const { bookables, bookings, helpers, people } = councilSchema;
const theirs = alias(bookings, "theirs");

/**
 * Puts the helper's future bookings that keep a place (a hold not yet run out, pending or confirmed)
 * on hold, remembering where each was, and emails each person booked. A room booked together with one
 * goes on hold with it: its reminder must not send them to a booking that is on hold.
 */
export async function holdHelperBookings(tx: Tx, mail: CouncilMail, helperId: number, now = Temporal.Now.instant()): Promise<Booking[]> {
  const helperName = await publicNameOf(tx, helperId);
  const at = new Date(now.epochMilliseconds);
  const held = await tx
    .update(bookings)
    .set({ status: "on_hold", heldFrom: sql`${bookings.status}`, updatedAt: at })
    .where(and(futureOf(tx, helperId, at), inArray(bookings.status, ["held", "pending", "confirmed"]), or(ne(bookings.status, "held"), gt(bookings.holdExpiresAt, at))))
    .returning();
  await tell(tx, mail, helperId, helperName, held, bookingOnHoldEmail);
  return held;
}

/**
 * Returns the helper's future bookings on hold to where each was (a hold whose time ran out meanwhile
 * has lost its place: it expires) and emails each person whose booking is going ahead. Bookings whose
 * time passed while on hold stay as they are, for the council's record.
 */
export async function resumeHelperBookings(tx: Tx, mail: CouncilMail, helperId: number, now = Temporal.Now.instant()): Promise<Booking[]> {
  const helperName = await publicNameOf(tx, helperId);
  const at = new Date(now.epochMilliseconds);
  const resumed = await tx
    .update(bookings)
    .set({
      status: sql`case when ${and(eq(bookings.heldFrom, "held"), lte(bookings.holdExpiresAt, at))} then 'expired' else ${bookings.heldFrom} end`,
      heldFrom: null,
      updatedAt: at,
    })
    .where(and(futureOf(tx, helperId, at), eq(bookings.status, "on_hold"), isNotNull(bookings.heldFrom)))
    .returning();
  await tell(tx, mail, helperId, helperName, resumed.filter((b) => b.status !== "expired"), bookingResumedEmail);
  return resumed;
}

async function publicNameOf(tx: Tx, helperId: number): Promise<string> {
  const [helper] = await tx.select({ publicName: helpers.publicName }).from(helpers).where(eq(helpers.id, helperId));
  if (!helper) throw new InputError("There is no such helper.");
  return helper.publicName;
}

/** Bookings starting after `at` of the helper's bookables, and those booked together with one of them. */
function futureOf(tx: Tx, helperId: number, at: Date): SQL {
  const helpersBookables = tx.select({ id: bookables.id }).from(bookables).where(eq(bookables.helperId, helperId));
  const links = tx
    .select({ link: theirs.togetherWith })
    .from(theirs)
    .innerJoin(bookables, eq(bookables.id, theirs.bookableId))
    .where(and(eq(bookables.helperId, helperId), isNotNull(theirs.togetherWith)));
  return and(gt(bookings.startsAt, at), or(inArray(bookings.bookableId, helpersBookables), inArray(bookings.togetherWith, links)))!;
}

/** Emails the person of each of the helper's own bookings among `changed` (a room booked with one is the same booking to them). */
async function tell(tx: Tx, mail: CouncilMail, helperId: number, helperName: string, changed: Booking[], template: EmailTemplate<HelperBookingDetails>): Promise<void> {
  if (changed.length === 0) return;
  const rows = await tx
    .select({ id: bookings.id, reference: bookings.reference, startsAt: bookings.startsAt, to: people.email })
    .from(bookings)
    .innerJoin(bookables, eq(bookables.id, bookings.bookableId))
    .innerJoin(people, eq(people.id, bookings.personId))
    .where(and(inArray(bookings.id, changed.map((b) => b.id)), eq(bookables.helperId, helperId)))
    .orderBy(asc(bookings.startsAt), asc(bookings.id));
  for (const row of rows) {
    await queueEmail(tx, mail.scope, mail.sender, row.to, template, { url: `${mail.siteUrl}/bookings/${row.id}`, reference: row.reference, helperName, when: formatDayTime(row.startsAt) });
  }
}
