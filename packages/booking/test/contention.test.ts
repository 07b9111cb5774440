import { councilSchema } from "@lgp/db";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { BookingConflict } from "../src/errors";
import { holdTime, TAKEN } from "../src/hold";
import { testCouncils, type Driver } from "./support/councils";
import { aPerson, aRoom, dec1, key, NOW } from "./support/seed";

const REQUESTS = 20;

/**
 * Many people asking for the last place at once, each in a transaction of their own as requests are:
 * exactly as many as there are places succeed, everyone else gets the conflict, nobody an error.
 */
for (const driver of ["postgres", "pglite"] as const satisfies readonly Driver[]) {
  describe(`contention on ${driver}`, () => {
    const councils = testCouncils(`booking-contention-${driver}`, ["kingston", "richmond"], driver);

    async function race(slug: string, capacity: number) {
      const { bookableId, people } = await councils.run(slug, async (tx) => {
        const room = await aRoom(tx, capacity === 1 ? {} : { kind: "session", name: "Chair yoga", capacity });
        const people: number[] = [];
        for (let i = 0; i < REQUESTS; i++) people.push(await aPerson(tx));
        return { bookableId: room.id, people };
      });
      const outcomes = await Promise.allSettled(
        people.map((person) => councils.run(slug, (tx) => holdTime(tx, { bookableId, startsAt: dec1("10:00"), personId: person, bookedBy: person, idempotencyKey: key(), now: NOW }))),
      );
      const kept = await councils.run(slug, (tx) =>
        tx.select({ n: sql<number>`count(*)::int` }).from(councilSchema.bookings).where(sql`bookable_id = ${bookableId} and status = 'held'`),
      );
      return {
        succeeded: outcomes.filter((o) => o.status === "fulfilled").length,
        conflicts: outcomes.filter((o) => o.status === "rejected" && o.reason instanceof BookingConflict && o.reason.message === TAKEN).length,
        kept: kept[0]!.n,
      };
    }

    it("gives a one-at-a-time room's last time to exactly one of many at once", async () => {
      expect(await race("kingston", 1)).toEqual({ succeeded: 1, conflicts: REQUESTS - 1, kept: 1 });
    });

    it("gives a session's three places to exactly three of many at once", async () => {
      expect(await race("richmond", 3)).toEqual({ succeeded: 3, conflicts: REQUESTS - 3, kept: 3 });
    });
  });
}
