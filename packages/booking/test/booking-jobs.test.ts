import { councilSchema, type Tx } from "@lgp/db";
import { Temporal } from "@lgp/time";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { releaseHoldsAndOffer, sendDueReminders } from "../src/booking-jobs";
import { cancelBooking } from "../src/changes";
import { joinWaitlist } from "../src/waitlist";
import { testCouncils } from "./support/councils";
import { aBooking, aPerson, aRoom, dec1, emailsTo, NOW } from "./support/seed";
import { queuedMail } from "./support/mail";

const { bookings, people } = councilSchema;
const councils = testCouncils("booking-jobs", ["kingston", "richmond"]);

const mailFor = queuedMail(() => councils.database);
const emailOf = async (tx: Tx, personId: number) => (await tx.select().from(people).where(eq(people.id, personId)))[0]!.email;
const remindedAt = async (tx: Tx, id: number) => (await tx.select().from(bookings).where(eq(bookings.id, id)))[0]!.remindedAt;

describe("booking reminders", () => {
  it("reminds once of a confirmed booking within the reminder hours, and not of one further off", async () => {
    const now = Temporal.Instant.from("2026-11-24T10:00:00Z");
    await councils.run("kingston", async (tx) => {
      const [rita, sam] = [await aPerson(tx), await aPerson(tx)];
      const room = await aRoom(tx);
      const soon = await aBooking(tx, room.id, rita, now.add({ hours: 23 }), now);
      const later = await aBooking(tx, room.id, sam, now.add({ hours: 30 }), now);

      expect(await sendDueReminders(tx, mailFor("kingston"), now)).toBe(1);
      const toRita = await emailsTo(tx, await emailOf(tx, rita));
      expect(toRita.map((e) => e.kind)).toEqual(["booking-reminder"]);
      expect(toRita[0]!.text).toContain("Wednesday 25 November 2026 at 9am");
      expect(toRita[0]!.text).toContain("Guildhall, High Street");
      expect(toRita[0]!.text).toContain(`http://kingston.localhost/bookings/${soon.id}`);
      expect((await remindedAt(tx, soon.id))?.toISOString()).toBe("2026-11-24T10:00:00.000Z");

      expect(await sendDueReminders(tx, mailFor("kingston"), now.add({ minutes: 15 }))).toBe(0);
      expect(await emailsTo(tx, await emailOf(tx, rita))).toHaveLength(1);
      expect(await emailsTo(tx, await emailOf(tx, sam))).toEqual([]);
      expect(await remindedAt(tx, later.id)).toBeNull();
    });
  });
});

describe("releasing holds", () => {
  it("offers a place given up to the first person waiting, emailing them a link to confirm and when the hold ends", async () => {
    await councils.run("richmond", async (tx) => {
      const [rita, sam] = [await aPerson(tx), await aPerson(tx)];
      const room = await aRoom(tx);
      const ritas = await aBooking(tx, room.id, rita, dec1("10:00"));
      await joinWaitlist(tx, { bookableId: room.id, startsAt: dec1("10:00"), personId: sam, now: NOW });
      await cancelBooking(tx, ritas.id, rita, NOW);

      expect(await releaseHoldsAndOffer(tx, mailFor("richmond"), NOW.add({ minutes: 5 }))).toBe(1);
      const [held] = await tx.select().from(bookings).where(eq(bookings.personId, sam));
      const toSam = await emailsTo(tx, await emailOf(tx, sam));
      expect(toSam.map((e) => e.kind)).toEqual(["booking-place-offered"]);
      expect(toSam[0]!.text).toContain("Community room at Guildhall, High Street on Tuesday 1 December 2026 at 10am");
      expect(toSam[0]!.text).toContain("Confirm the booking by 25 November 2026 at 12:05pm");
      expect(toSam[0]!.text).toContain(`http://richmond.localhost/bookings/${held!.id}`);

      expect(await releaseHoldsAndOffer(tx, mailFor("richmond"), NOW.add({ minutes: 6 }))).toBe(0);
      expect(await emailsTo(tx, await emailOf(tx, sam))).toHaveLength(1);
    });
  });
});
