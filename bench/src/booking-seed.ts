import { createHash, randomBytes } from "node:crypto";
import { addBookable, blockedBy, freeTimes, type Bookable, type BookableInput } from "@lgp/booking";
import { councilSchema, newReference, type Tx } from "@lgp/db";
import { Temporal } from "@lgp/time";
import type { Random } from "./random";

const { bookings, people, roleGrants, sessions } = councilSchema;

const weekdays = (...spans: [opens: string, closes: string][]) => [1, 2, 3, 4, 5].flatMap((weekday) => spans.map(([opens, closes]) => ({ weekday, opens, closes })));

async function inChunks<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += 1000) await insert(rows.slice(i, i + 1000));
}

async function residents(tx: Tx, count: number, label: string): Promise<number[]> {
  const rows = await tx
    .insert(people)
    .values(Array.from({ length: count }, (_, i) => ({ email: `${label}-${i}@bench.example`, name: `Resident ${i}`, emailVerified: new Date() })))
    .returning({ id: people.id });
  return rows.map((r) => r.id);
}

/**
 * The i-th of a council's bookables, in turn a room, a one-to-one appointment or a group session:
 * weekday hours (an appointment's broken for lunch), a third with buffers, a few with a date's own
 * hours (closed on Christmas Eve, open one Saturday, a short New Year's Eve).
 */
function aBookable(i: number, random: Random, staffId: number): BookableInput {
  const buffers = i % 3 === 0 ? { bufferBeforeMinutes: 10, bufferAfterMinutes: 15 } : {};
  const overrides =
    i % 7 === 0
      ? [
          { date: "2026-12-24", hours: [] },
          { date: "2026-12-12", hours: [{ opens: "10:00", closes: "14:00" }] },
        ]
      : i % 7 === 1
        ? [{ date: "2026-12-31", hours: [{ opens: "09:00", closes: "13:00" }] }]
        : [];
  const common = { location: `Centre ${i}, High Street`, overrides, ...buffers };
  switch (i % 5) {
    case 0:
    case 1:
      return { ...common, kind: "room", name: `Room ${i}`, durationMinutes: 60, weekly: i % 2 === 0 ? weekdays(["09:00", "17:00"]) : weekdays(["08:30", "20:00"]) };
    case 2:
    case 3:
      return { ...common, kind: "appointment", name: `Advice appointment ${i}`, staffId, durationMinutes: random.pick([30, 45]), weekly: weekdays(["09:00", "12:30"], ["13:30", "17:00"]) };
    default:
      return { ...common, kind: "session", name: `Group session ${i}`, capacity: random.int(8, 20), durationMinutes: 90, weekly: weekdays(["10:00", "16:00"]) };
  }
}

/**
 * `count` bookables and their bookings over `window`: about `share` of the times each offers are
 * booked (a session's by 1 to all of its places, so some are full), each by a resident, confirmed.
 * Returns the bookables and how many bookings were made.
 */
export async function bookablesWithBookings(
  tx: Tx,
  random: Random,
  count: number,
  share: number,
  window: { from: Temporal.PlainDate; to: Temporal.PlainDate; now: Temporal.Instant },
): Promise<{ bookables: Bookable[]; bookings: number }> {
  const people = await residents(tx, 400, "booker");
  const [staffId] = await residents(tx, 1, "adviser");
  // Appointments are with someone holding a staff role here.
  await tx.insert(roleGrants).values({ personId: staffId!, role: "council_staff" });
  const made: Bookable[] = [];
  const rows: (typeof bookings.$inferInsert)[] = [];
  for (let i = 0; i < count; i++) {
    const bookable = await addBookable(tx, aBookable(i, random, staffId!));
    made.push(bookable);
    for (const slot of await freeTimes(tx, bookable, { ...window, ignoringBookings: true })) {
      if (random.next() >= share) continue;
      const blocked = blockedBy(slot, bookable);
      for (let place = random.int(1, bookable.capacity); place > 0; place--) {
        const personId = random.pick(people);
        rows.push({
          reference: newReference("BK"),
          bookableId: bookable.id,
          personId,
          bookedBy: personId,
          startsAt: new Date(slot.start),
          endsAt: new Date(slot.end),
          blockedFrom: new Date(blocked.start),
          blockedUntil: new Date(blocked.end),
          exclusive: bookable.capacity === 1,
          status: "confirmed",
          idempotencyKey: `seed-${rows.length}`,
        });
      }
    }
  }
  await inChunks(rows, (chunk) => tx.insert(bookings).values(chunk));
  return { bookables: made, bookings: rows.length };
}

/** The cookie the built app (Secure cookies, so the __Host- prefix) reads a session from. */
export const SESSION_COOKIE = "__Host-lgp.session";

/**
 * `count` residents each signed in, as an emailed link leaves them: a session row holding the sha256
 * of a token, the token being what their cookie carries.
 */
export async function signedInResidents(tx: Tx, count: number): Promise<{ personId: number; email: string; token: string }[]> {
  const ids = await residents(tx, count, "resident");
  const signedIn = ids.map((personId, i) => ({ personId, email: `resident-${i}@bench.example`, token: randomBytes(32).toString("base64url") }));
  // A week, as a fresh sign-in gets: shorter, and next-auth would push each one's expiry on at its next request.
  const expires = new Date(Temporal.Now.instant().add({ hours: 7 * 24 }).epochMilliseconds);
  await inChunks(signedIn, (chunk) =>
    tx.insert(sessions).values(chunk.map(({ personId, token }) => ({ tokenHash: createHash("sha256").update(token).digest("hex"), personId, expires }))),
  );
  return signedIn;
}

/** A room open 08:00 to 18:00 on weekdays, booked by the hour, as the HTTP measurements book. */
export const aRoom = (tx: Tx, name: string) => addBookable(tx, { kind: "room", name, location: "Guildhall, High Street", durationMinutes: 60, weekly: weekdays(["08:00", "18:00"]) });
