import { councilSchema, type Tx } from "@lgp/db";
import { queueEmail, type EmailTemplate } from "@lgp/email";
import { eq } from "drizzle-orm";
import { bookingCancelledEmail, bookingConfirmedEmail, type BookingNotice } from "./booking-emails";
import type { CouncilMail } from "@lgp/councils";
import type { Booking } from "./hold";

/*
 * Telling the person a booking is for what became of it, in the transaction that changed it: a change
 * that rolls back tells no one.
 */

const { bookables, bookings, people } = councilSchema;

/** Queues `template` to the booking's person; a booking not in one of `statuses` is a caller's mistake, not news to send. */
async function tell(tx: Tx, mail: CouncilMail, bookingId: number, template: EmailTemplate<BookingNotice>, statuses: readonly Booking["status"][]): Promise<void> {
  const [row] = await tx
    .select({ booking: bookings, bookable: bookables, to: people.email })
    .from(bookings)
    .innerJoin(bookables, eq(bookables.id, bookings.bookableId))
    .innerJoin(people, eq(people.id, bookings.personId))
    .where(eq(bookings.id, bookingId));
  if (!row) throw new Error(`There is no booking ${bookingId} to tell anyone about.`);
  if (!statuses.includes(row.booking.status)) throw new Error(`Booking ${bookingId} is ${row.booking.status}: a ${template.kind} email would be wrong.`);
  await queueEmail(tx, mail.scope, mail.sender, row.to, template, { booking: row.booking, bookable: row.bookable, siteUrl: mail.siteUrl });
}

/** Emails the person that their booking is confirmed, with its .ics; or, while it waits for staff approval, that it does. */
export async function tellBookingConfirmed(tx: Tx, mail: CouncilMail, bookingId: number): Promise<void> {
  await tell(tx, mail, bookingId, bookingConfirmedEmail, ["confirmed", "pending"]);
}

/** Emails the person that their booking is cancelled, or that staff declined their request. */
export async function tellBookingCancelled(tx: Tx, mail: CouncilMail, bookingId: number): Promise<void> {
  await tell(tx, mail, bookingId, bookingCancelledEmail, ["cancelled", "declined"]);
}
