import { councilSchema, councilScope, type Tx } from "@lgp/db";
import { queueEmail } from "@lgp/email";
import { defineJob, enqueueJob, type JobContext, type JobDefinition } from "@lgp/jobs";
import { formatDateTime, formatDayTime, Temporal } from "@lgp/time";
import { and, eq, gt, inArray, isNull, lte } from "drizzle-orm";
import { bookingReminderEmail, placeOfferedEmail, type BookingDetails } from "./booking-emails";
import { activeCouncilsWith, councilMailOf, type CouncilMail } from "@lgp/councils";
import { expireHolds } from "./hold";
import { readBookingSettings } from "./settings";
import { lapseWaitlistOffers, offerAllFreedPlaces } from "./waitlist";

const { bookables, bookings, people } = councilSchema;

/** Who each booking is for and what an email says of it, by booking id. */
async function detailsOf(tx: Tx, mail: CouncilMail, ids: number[]): Promise<Map<number, BookingDetails & { to: string }>> {
  if (ids.length === 0) return new Map();
  const rows = await tx
    .select({ id: bookings.id, reference: bookings.reference, startsAt: bookings.startsAt, to: people.email, what: bookables.name, location: bookables.location, postcode: bookables.postcode })
    .from(bookings)
    .innerJoin(bookables, eq(bookables.id, bookings.bookableId))
    .innerJoin(people, eq(people.id, bookings.personId))
    .where(inArray(bookings.id, ids));
  return new Map(
    rows.map((r) => [
      r.id,
      {
        to: r.to,
        url: `${mail.siteUrl}/bookings/${r.id}`,
        reference: r.reference,
        what: r.what,
        where: r.postcode ? `${r.location}, ${r.postcode}` : r.location,
        when: formatDayTime(r.startsAt),
      },
    ]),
  );
}

/**
 * Lets one council's run-out holds go, lapses the waitlist offers not taken up and offers every freed
 * place to the first person waiting for it, emailing each of them; all in the caller's transaction, so
 * an offer and its email stand or fall together. Returns how many places were offered.
 */
export async function releaseHoldsAndOffer(tx: Tx, mail: CouncilMail, now = Temporal.Now.instant()): Promise<number> {
  await expireHolds(tx, new Date(now.epochMilliseconds));
  const offers = [...(await lapseWaitlistOffers(tx, now)), ...(await offerAllFreedPlaces(tx, now))];
  const details = await detailsOf(tx, mail, offers.map((o) => o.bookingId));
  for (const offer of offers) {
    const { to, ...booking } = details.get(offer.bookingId)!;
    await queueEmail(tx, mail.scope, mail.sender, to, placeOfferedEmail, { ...booking, holdEnds: formatDateTime(offer.holdExpiresAt) });
  }
  return offers.length;
}

/**
 * Queues a reminder for each of one council's confirmed bookings starting within its reminder hours,
 * marking each reminded in the same statement: a retried or overlapping run finds them marked and sends
 * none again, and a run that fails before it commits has marked and sent nothing. Returns how many.
 */
export async function sendDueReminders(tx: Tx, mail: CouncilMail, now = Temporal.Now.instant()): Promise<number> {
  const { reminderHours } = await readBookingSettings(tx);
  const at = new Date(now.epochMilliseconds);
  const due = await tx
    .update(bookings)
    .set({ remindedAt: at })
    .where(
      and(
        eq(bookings.status, "confirmed"),
        isNull(bookings.remindedAt),
        gt(bookings.startsAt, at),
        lte(bookings.startsAt, new Date(now.add({ hours: reminderHours }).epochMilliseconds)),
      ),
    )
    .returning({ id: bookings.id });
  const details = await detailsOf(tx, mail, due.map((b) => b.id));
  for (const { to, ...booking } of details.values()) await queueEmail(tx, mail.scope, mail.sender, to, bookingReminderEmail, booking);
  return due.length;
}

type NoIds = Record<string, never>;

/** A job's work for the council its scope names, in that council's transaction; nothing when the council is gone. */
const inCouncil =
  (work: (tx: Tx, mail: CouncilMail) => Promise<unknown>) =>
  async ({ database, scope }: JobContext<NoIds>) => {
    const mailIn = await councilMailOf(database, scope);
    if (!mailIn) return;
    await scope.run(async (tx) => work(tx, await mailIn(tx)));
  };

/** Queues `job` once for each active council with booking on: one council's failure is retried without holding up the others. */
const forEachCouncil =
  (job: JobDefinition<NoIds>) =>
  async ({ database }: JobContext<NoIds>) => {
    for (const council of await activeCouncilsWith(database, "booking")) {
      const scope = councilScope(database, council.slug);
      await scope.run((tx) => enqueueJob(tx, scope, job, {}));
    }
  };

export const releaseCouncilHoldsJob = defineJob<NoIds>({ name: "booking.release-council-holds", run: inCouncil((tx, mail) => releaseHoldsAndOffer(tx, mail)) });

/** Every minute: a hold lasts minutes, and a place given up should reach the next person waiting soon. */
export const releaseHoldsJob = defineJob<NoIds>({ name: "booking.release-holds", schedule: "* * * * *", run: forEachCouncil(releaseCouncilHoldsJob) });

export const councilRemindersJob = defineJob<NoIds>({ name: "booking.council-reminders", run: inCouncil((tx, mail) => sendDueReminders(tx, mail)) });

/** Every 15 minutes: a reminder goes within a quarter of an hour of its time coming due. */
export const bookingRemindersJob = defineJob<NoIds>({ name: "booking.reminders", schedule: "*/15 * * * *", run: forEachCouncil(councilRemindersJob) });

export const BOOKING_JOBS = [releaseHoldsJob, releaseCouncilHoldsJob, bookingRemindersJob, councilRemindersJob] as const;
