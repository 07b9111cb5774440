import { councilSchema, InputError, type Tx } from "@lgp/db";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { cancelBooking, confirmBooking } from "../src/changes";
import { joinWaitlist, lapseWaitlistOffers, leaveWaitlist, markWaitlistBooked, offerAllFreedPlaces, offerFreedPlaces } from "../src/waitlist";
import { testCouncils } from "./support/councils";
import { aBooking, aPerson, aRoom, dec1, NOW, refusal } from "./support/seed";

const { bookings, waitlistEntries } = councilSchema;
const councils = testCouncils("booking-waitlist", ["kingston", "richmond", "sutton", "merton", "ealing"]);

const statusOf = async (tx: Tx, entryId: number) => (await tx.select().from(waitlistEntries).where(eq(waitlistEntries.id, entryId)))[0]!.status;
const bookingStatus = async (tx: Tx, id: number) => (await tx.select().from(bookings).where(eq(bookings.id, id)))[0]!.status;

describe("the waitlist", () => {
  it("hands a freed place to the first waiting, on to the next when that offer lapses, and marks it booked once confirmed", async () => {
    await councils.run("kingston", async (tx) => {
      const [rita, ann, bob] = [await aPerson(tx), await aPerson(tx), await aPerson(tx)];
      const room = await aRoom(tx);
      const ritas = await aBooking(tx, room.id, rita, dec1("10:00"));
      const anns = await joinWaitlist(tx, { bookableId: room.id, startsAt: dec1("10:00"), personId: ann, now: NOW });
      const bobs = await joinWaitlist(tx, { bookableId: room.id, startsAt: dec1("10:00"), personId: bob, now: NOW });
      expect([anns.position, bobs.position]).toEqual([1, 2]);
      expect(await offerFreedPlaces(tx, room.id, NOW)).toEqual([]);

      await cancelBooking(tx, ritas.id, rita, NOW);
      const offered = NOW.add({ minutes: 1 });
      const [toAnn, ...others] = await offerFreedPlaces(tx, room.id, offered);
      expect(others).toEqual([]);
      expect(toAnn).toMatchObject({ entryId: anns.entry.id, personId: ann, startsAt: dec1("10:00") });
      expect(toAnn!.holdExpiresAt.equals(offered.add({ hours: 24 }))).toBe(true);
      expect(await bookingStatus(tx, toAnn!.bookingId)).toBe("held");
      expect(await statusOf(tx, anns.entry.id)).toBe("offered");
      expect(await statusOf(tx, bobs.entry.id)).toBe("waiting");

      const dayLater = offered.add({ hours: 24, minutes: 1 });
      const [toBob, ...more] = await lapseWaitlistOffers(tx, dayLater);
      expect(more).toEqual([]);
      expect(toBob).toMatchObject({ entryId: bobs.entry.id, personId: bob });
      expect(await statusOf(tx, anns.entry.id)).toBe("lapsed");
      expect(await bookingStatus(tx, toAnn!.bookingId)).toBe("expired");

      await confirmBooking(tx, toBob!.bookingId, dayLater);
      await markWaitlistBooked(tx, toBob!.bookingId, dayLater);
      expect(await statusOf(tx, bobs.entry.id)).toBe("booked");
    });
  });

  it("offers as many people as places came free, in the order they joined", async () => {
    await councils.run("richmond", async (tx) => {
      const yoga = await aRoom(tx, { kind: "session", name: "Chair yoga", capacity: 2 });
      const [rita, sam] = [await aPerson(tx), await aPerson(tx)];
      const booked = [await aBooking(tx, yoga.id, rita, dec1("10:00")), await aBooking(tx, yoga.id, sam, dec1("10:00"))];
      const waiting = [];
      for (let i = 0; i < 3; i++) waiting.push(await aPerson(tx));
      for (const personId of waiting) await joinWaitlist(tx, { bookableId: yoga.id, startsAt: dec1("10:00"), personId, now: NOW });
      for (const booking of booked) await cancelBooking(tx, booking.id, booking.personId, NOW);
      const offers = await offerFreedPlaces(tx, yoga.id, NOW);
      expect(offers.map((o) => o.personId)).toEqual(waiting.slice(0, 2));
      const third = await tx.select().from(waitlistEntries).where(eq(waitlistEntries.personId, waiting[2]!));
      expect(third[0]!.status).toBe("waiting");
    });
  });

  it("refuses a time with places, a time not offered, and someone who has booked the time", async () => {
    const errors = await councils.run("sutton", async (tx) => {
      const [rita, sam] = [await aPerson(tx), await aPerson(tx)];
      const room = await aRoom(tx);
      await aBooking(tx, room.id, rita, dec1("12:00"));
      const join = (personId: number, startsAt = dec1("12:00")) => refusal<InputError>(joinWaitlist(tx, { bookableId: room.id, startsAt, personId, now: NOW }));
      return { free: await join(sam, dec1("10:00")), offGrid: await join(sam, dec1("12:30")), own: await join(rita) };
    });
    for (const error of Object.values(errors)) expect(error).toBeInstanceOf(InputError);
    expect(errors.free.message).toBe("That time still has places. Book it instead.");
    expect(errors.offGrid.message).toBe("That time cannot be booked. Choose one of the times shown.");
    expect(errors.own.message).toBe("You have already booked that time. Find it in your bookings.");
  });

  it("gives the same entry back to someone joining twice", async () => {
    await councils.run("merton", async (tx) => {
      const [rita, sam] = [await aPerson(tx), await aPerson(tx)];
      const room = await aRoom(tx);
      await aBooking(tx, room.id, rita, dec1("10:00"));
      const first = await joinWaitlist(tx, { bookableId: room.id, startsAt: dec1("10:00"), personId: sam, now: NOW });
      const again = await joinWaitlist(tx, { bookableId: room.id, startsAt: dec1("10:00"), personId: sam, now: NOW.add({ minutes: 3 }) });
      expect(again).toEqual(first);
      const entries = await tx.select().from(waitlistEntries).where(eq(waitlistEntries.personId, sam));
      expect(entries).toHaveLength(1);
    });
  });

  it("gives up the held place of someone leaving after it was offered, so the next person is offered it", async () => {
    await councils.run("ealing", async (tx) => {
      const [rita, ann, bob] = [await aPerson(tx), await aPerson(tx), await aPerson(tx)];
      const room = await aRoom(tx);
      const ritas = await aBooking(tx, room.id, rita, dec1("10:00"));
      const anns = await joinWaitlist(tx, { bookableId: room.id, startsAt: dec1("10:00"), personId: ann, now: NOW });
      await joinWaitlist(tx, { bookableId: room.id, startsAt: dec1("10:00"), personId: bob, now: NOW });
      await cancelBooking(tx, ritas.id, rita, NOW);
      const [toAnn] = await offerAllFreedPlaces(tx, NOW);

      const left = await leaveWaitlist(tx, anns.entry.id, ann, NOW);
      expect(left.status).toBe("left");
      expect(await bookingStatus(tx, toAnn!.bookingId)).toBe("cancelled");
      expect((await offerAllFreedPlaces(tx, NOW)).map((o) => o.personId)).toEqual([bob]);
    });
  });
});
