import { addBookable, confirmBooking, holdTime, joinWaitlist } from "@lgp/booking";
import { councilSchema, councilScope } from "@lgp/db";
import { Temporal, todayInLondon } from "@lgp/time";
import { randomBytes } from "node:crypto";
import { sampleMatchOfHelp } from "./matching-samples";
import type { World } from "./world";

const fresh = () => randomBytes(8).toString("hex");

/** A London time `days` from today at 10:00, as the times list writes it. */
export const sampleTime = (days = 1, hour = 10) =>
  todayInLondon().add({ days }).toZonedDateTime({ timeZone: "Europe/London", plainTime: Temporal.PlainTime.from({ hour }) }).toInstant().toString();

/** A room of its own in the council `slug`, open every day from 8am to 6pm, so any sample's time is free. */
export async function sampleBookable(world: World, slug: string, needsApproval = false): Promise<number> {
  return councilScope(world.database, slug).run(async (tx) => {
    const room = await addBookable(tx, {
      kind: "room",
      name: `Room ${fresh()}`,
      location: "Guildhall",
      durationMinutes: 60,
      needsApproval,
      weekly: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: "08:00", closes: "18:00" })),
      openOnBankHolidays: true,
    });
    return room.id;
  });
}

/** An offer of `helperId`'s (a new volunteer's when not given) made bookable, open every day from 8am to 6pm. */
export async function sampleOfferBookable(world: World, slug: string, helperId?: number): Promise<number> {
  return councilScope(world.database, slug).run(async (tx) => {
    const { categories, helpers, offers, people } = councilSchema;
    let helper = helperId;
    if (helper === undefined) {
      const [person] = await tx.insert(people).values({ email: `helper-${fresh()}@example.com` }).returning();
      helper = (await tx.insert(helpers).values({ kind: "volunteer", personId: person!.id, publicName: `Helper ${fresh()}`, status: "approved" }).returning())[0]!.id;
    }
    const [category] = await tx.insert(categories).values({ slug: `visits-${fresh()}`, name: `Visits ${fresh()}`, description: "Visits at home." }).returning();
    const [offer] = await tx
      .insert(offers)
      .values({ helperId: helper, categoryId: category!.id, title: "Tea and a chat", description: "A visit", place: "At your home", postcode: "KT1 1EU", latitude: 51.41, longitude: -0.3, times: "Weekdays" })
      .returning();
    const bookable = await addBookable(tx, {
      kind: "offer",
      name: "Tea and a chat",
      offerId: offer!.id,
      helperId: helper,
      location: "At your home",
      durationMinutes: 60,
      weekly: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: "08:00", closes: "18:00" })),
      openOnBankHolidays: true,
    });
    return bookable.id;
  });
}

/** The person a sample's booking is for: Kingston's resident, whose sessions the tests use; someone new elsewhere. */
async function residentIn(world: World, slug: string): Promise<number> {
  if (slug === "kingston") return world.people.kingstonResident.id;
  return councilScope(world.database, slug).run(async (tx) => {
    const [person] = await tx.insert(councilSchema.people).values({ email: `resident-${fresh()}@example.com` }).returning();
    return person!.id;
  });
}

/** A booking of the council's resident (held, or confirmed; pending when the room needs approval), by its id. */
export async function sampleBooking(world: World, slug: string, state: "held" | "confirmed" | "pending" = "held"): Promise<number> {
  const bookableId = await sampleBookable(world, slug, state === "pending");
  const personId = await residentIn(world, slug);
  return councilScope(world.database, slug).run(async (tx) => {
    const held = await holdTime(tx, { bookableId, startsAt: Temporal.Instant.from(sampleTime()), personId, bookedBy: personId, idempotencyKey: fresh() });
    return state === "held" ? held.id : (await confirmBooking(tx, held.id)).id;
  });
}

/** A room whose sample time someone else has taken, so it can only be waited for. */
async function fullTime(world: World, slug: string): Promise<{ bookableId: number; startsAt: string }> {
  const bookableId = await sampleBookable(world, slug);
  const startsAt = sampleTime();
  await councilScope(world.database, slug).run(async (tx) => {
    const [other] = await tx.insert(councilSchema.people).values({ email: `other-${fresh()}@example.com` }).returning();
    await holdTime(tx, { bookableId, startsAt: Temporal.Instant.from(startsAt), personId: other!.id, bookedBy: other!.id, idempotencyKey: fresh() });
  });
  return { bookableId, startsAt };
}

/** The council's resident waiting for a full time, by the entry's id. */
async function sampleWaitlistEntry(world: World, slug: string): Promise<number> {
  const { bookableId, startsAt } = await fullTime(world, slug);
  const personId = await residentIn(world, slug);
  return councilScope(world.database, slug).run(async (tx) => (await joinWaitlist(tx, { bookableId, startsAt: Temporal.Instant.from(startsAt), personId, now: Temporal.Now.instant() })).entry.id);
}

/** An accepted match in the council `slug` and a room its sessions can be booked in. */
async function matchAndRoom(world: World, slug: string): Promise<{ matchId: number; bookableId: number }> {
  const { matchId } = await sampleMatchOfHelp(world, slug, "accepted", "matched");
  return { matchId, bookableId: await sampleBookable(world, slug) };
}

export const bookingSamples: Record<string, (world: World, slug: string) => Promise<unknown>> = {
  "booking.bookable": async (world, slug) => ({ bookableId: await sampleBookable(world, slug) }),
  "booking.times": async (world, slug) => ({ bookableId: await sampleBookable(world, slug) }),
  "booking.hold": async (world, slug) => ({ bookableId: await sampleBookable(world, slug), startsAt: sampleTime(), idempotencyKey: fresh() }),
  "booking.confirm": async (world, slug) => ({ bookingId: await sampleBooking(world, slug) }),
  "booking.cancel": async (world, slug) => ({ bookingId: await sampleBooking(world, slug, "confirmed") }),
  "booking.reschedule": async (world, slug) => ({ bookingId: await sampleBooking(world, slug, "confirmed"), startsAt: sampleTime(1, 14), idempotencyKey: fresh() }),
  "booking.details": async (world, slug) => ({ bookingId: await sampleBooking(world, slug) }),
  "booking.staffBookings": async () => ({ from: todayInLondon().toString(), days: 7 }),
  "booking.decide": async (world, slug) => ({ bookingId: await sampleBooking(world, slug, "pending"), decision: "approve" }),
  "booking.saveSettings": async () => ({ holdMinutes: 15, reminderHours: 24 }),
  "booking.joinWaitlist": fullTime,
  "booking.leaveWaitlist": async (world, slug) => ({ entryId: await sampleWaitlistEntry(world, slug) }),
  "booking.bookingCalendar": async (world, slug) => ({ bookingId: await sampleBooking(world, slug, "confirmed") }),
  "booking.createCalendarFeed": async () => undefined,
  "booking.revokeCalendarFeed": async () => undefined,
  "booking.calendarFeed": async () => ({ token: fresh() + fresh() }),
  "booking.timesTogether": async (world, slug) => ({ personBookableId: await sampleOfferBookable(world, slug), roomBookableId: await sampleBookable(world, slug) }),
  "booking.holdTogether": async (world, slug) => ({ personBookableId: await sampleOfferBookable(world, slug), roomBookableId: await sampleBookable(world, slug), startsAt: sampleTime(), idempotencyKey: fresh() }),
  "booking.matchBookables": async (world, slug) => ({ matchId: (await matchAndRoom(world, slug)).matchId }),
  "booking.planSeries": async (world, slug) => ({ ...(await matchAndRoom(world, slug)), firstStart: sampleTime(), weeks: 4 }),
  "booking.bookSeries": async (world, slug) => ({ ...(await matchAndRoom(world, slug)), starts: [sampleTime(), sampleTime(8)], idempotencyKey: fresh() }),
};
