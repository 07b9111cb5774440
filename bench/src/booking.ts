/**
 * `pnpm --filter @lgp/bench bench booking` (or `bench:booking`; `pnpm bench` runs every suite): the booking
 * module's figures, on this machine, written to docs/benchmarks/booking.md.
 *   free times of 50 bookables over 30 days, one council transaction (Postgres, PGlite)   target p50 ≤ 20 ms
 *   200 signed-in residents at once over HTTP for one room's one time                      target: one 200, 199 409s, no 5xx
 *   bookings per second through the app beside a bare node:http server                     target app/bare ≥ 0.5
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { resolve } from "node:path";
import { bankHolidaysBetween, bookablesOnOffer, freeSlots, freeTimesOfAll, rulesOf, type Span } from "@lgp/booking";
import { provisionCouncil } from "@lgp/councils";
import { connectPglite, connectPostgres, councilSchema, councilScope, migrate, type Database } from "@lgp/db";
import { createTestDatabase } from "@lgp/db/testing";
import { Temporal } from "@lgp/time";
import { sql } from "drizzle-orm";
import { measureOverHttp, overHttpNotes } from "./booking-over-http";
import { bookablesWithBookings } from "./booking-seed";
import { describeMachine } from "./machine";
import { seeded } from "./random";
import { fmt, summarise } from "./stats";

const BOOKABLES = 50;
const BOOKED_SHARE = 0.3;
const SEARCH_RUNS = Number(process.env.BENCH_BOOKING_SEARCHES ?? 100);
/** December 2026 from the 1st to the 30th: Christmas and Boxing Day's substitute are bank holidays in it. */
const WINDOW = { from: Temporal.PlainDate.from("2026-12-01"), to: Temporal.PlainDate.from("2026-12-30"), now: Temporal.Instant.from("2026-11-30T12:00:00Z") };

/**
 * The free times of every bookable over the 30 days, in one council transaction as a page listing
 * them all would: reading the bookables, then freeTimesOfAll for them. Beside it, the same slots laid out in
 * memory from rules and bookings already read (freeSlots alone), to show the database's share.
 */
async function timeSlotSearch(driver: string, database: Database): Promise<string> {
  await provisionCouncil(database, { slug: "bench-slots", name: "Bench Council", hosts: [] });
  const scope = councilScope(database, "bench-slots");
  console.log(`${driver}: seeding ${BOOKABLES} bookables and their bookings…`);
  const seededCount = await scope.run((tx) => bookablesWithBookings(tx, seeded(20261130), BOOKABLES, BOOKED_SHARE, WINDOW));
  // As the tables' owner, as autovacuum would: a council's role may not analyse them, and Postgres skips them silently.
  await database.owner.execute(sql`analyze`);
  const search = () =>
    scope.run(async (tx) => {
      let found = 0;
      for (const slots of (await freeTimesOfAll(tx, await bookablesOnOffer(tx), WINDOW)).values()) found += slots.length;
      return found;
    });
  for (let i = 0; i < 5; i++) await search();
  const times: number[] = [];
  let found = 0;
  for (let i = 0; i < SEARCH_RUNS; i++) {
    const started = performance.now();
    found = await search();
    times.push(performance.now() - started);
  }
  const inputs = await scope.run(async (tx) => {
    // The bench council is in England, as a council is until its admins say otherwise.
    const holidays = bankHolidaysBetween("england-and-wales", WINDOW.from, WINDOW.to);
    // Every seeded booking is confirmed and inside the window, so each blocks its whole span.
    const { bookings } = councilSchema;
    const taken = new Map<number, Span[]>();
    for (const b of await tx.select({ bookableId: bookings.bookableId, from: bookings.blockedFrom, until: bookings.blockedUntil }).from(bookings)) {
      const spans = taken.get(b.bookableId) ?? [];
      spans.push({ start: b.from.getTime(), end: b.until.getTime() });
      taken.set(b.bookableId, spans);
    }
    return (await bookablesOnOffer(tx)).map((bookable) => ({ ...rulesOf(bookable), holidays, taken: taken.get(bookable.id) ?? [] }));
  });
  const inMemory: number[] = [];
  for (let i = 0; i < SEARCH_RUNS; i++) {
    const started = performance.now();
    for (const { rules, availability, holidays, taken } of inputs) freeSlots(rules, availability, holidays, taken, WINDOW);
    inMemory.push(performance.now() - started);
  }
  const p = summarise(times);
  const m = summarise(inMemory);
  return `| ${driver}: free times of ${BOOKABLES} bookables over 30 days (${seededCount.bookings.toLocaleString("en-GB")} bookings seeded; ${found.toLocaleString("en-GB")} free times found), all 50 in one council transaction, reading the bookables included, ${p.n} runs | p50 ≤ 20 ms | p50 ${fmt(p.median)}, p95 ${fmt(p.p95)}; of which laying out the slots in memory p50 ${fmt(m.median)}, p95 ${fmt(m.p95)} | ${p.median <= 20 ? "met" : "missed"} |`;
}

const test = await createTestDatabase("bench_booking");
const lines: string[] = [];
let machine = "";
let verdict = "";
try {
  const url = await test.createOwnerRole();
  const database = await connectPostgres(url);
  try {
    await migrate(database);
    // The machine may be shared: its load when the run began is written beside the figures.
    machine = `${await describeMachine(database)}\n- Load average at start: ${loadavg().map((l) => l.toFixed(1)).join(", ")} (1, 5 and 15 minutes)`;
    lines.push(await timeSlotSearch("Postgres", database));
    console.log(lines.at(-1));
    const pglite = await connectPglite();
    try {
      await migrate(pglite);
      lines.push(await timeSlotSearch("PGlite (embedded)", pglite));
      console.log(lines.at(-1));
    } finally {
      await pglite.close();
    }
    const overHttp = await measureOverHttp(database, url);
    lines.push(...overHttp.rows);
    verdict = overHttp.verdict;
  } finally {
    await database.close();
  }
} finally {
  await test.drop();
}

const out = resolve(import.meta.dirname, "../../docs/benchmarks/booking.md");
mkdirSync(resolve(out, ".."), { recursive: true });
writeFileSync(
  out,
  `# Booking benchmarks

Written by \`pnpm --filter @lgp/bench bench booking\` on ${new Date().toISOString().slice(0, 10)}, on a throwaway database on the local Postgres
server (dropped after) and, for the free times, on an in-memory PGlite too. Figures are from one run on this machine:

${machine}

| what | target | measured | |
| --- | --- | --- | --- |
${lines.join("\n")}

## Free times

One council with ${BOOKABLES} bookables, in turn two rooms (by the hour, 09:00 to 17:00 or 08:30 to 20:00), two
one-to-one appointments with a member of staff (30 or 45 minutes, 09:00 to 12:30 and 13:30 to 17:00) and a group
session (90 minutes, 10:00 to 16:00, 8 to 20 places), all on weekdays. A third keep 10 minutes clear before and 15
after; one in seven closes on Christmas Eve and opens one Saturday, another in seven has a short New Year's Eve.
About ${Math.round(BOOKED_SHARE * 100)}% of the times each offers in the window are booked (a session's by 1 to all of its places, so
some are full), confirmed, by 400 residents. The window is ${WINDOW.from} to ${WINDOW.to}, seen from ${WINDOW.now}.

A search is one council transaction for all ${BOOKABLES}: \`bookablesOnOffer\`, then \`freeTimesOfAll\` for them, as a page
listing every bookable's times does: it reads whose bank holidays the council keeps and every bookable's bookings once
(three queries in all, with the bookables), then lays out each bookable's slots in memory (\`freeSlots\`). The second
figure is that in-memory part alone, timed over the same rules and bookings read beforehand; the rest is the
database. Five searches warm up first.

## Over HTTP

${overHttpNotes}
${verdict}
`,
);
console.log(`Written to ${out}`);
