import { councilSchema, type Tx } from "@lgp/db";
import { Temporal } from "@lgp/time";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { confirmBooking } from "../src/changes";
import { BookingConflict } from "../src/errors";
import { holdHelperBookings, resumeHelperBookings } from "../src/helper-pause";
import { holdTime } from "../src/hold";
import { holdTogether } from "../src/together";
import { bookableOnOffer, bookablesOnOffer } from "../src/views";
import { testCouncils } from "./support/councils";
import { aBooking, aHelperOffer, aPerson, aRoom, dec1, emailsTo, key, NOW, refusal } from "./support/seed";
import { queuedMail } from "./support/mail";

const { bookings, people } = councilSchema;
const councils = testCouncils("booking-helper-pause", ["kingston", "richmond", "sutton", "merton"]);

const mailFor = queuedMail(() => councils.database);
const emailOf = async (tx: Tx, personId: number) => (await tx.select().from(people).where(eq(people.id, personId)))[0]!.email;
const kindsTo = async (tx: Tx, personId: number) => (await emailsTo(tx, await emailOf(tx, personId))).map((e) => e.kind);
const stateOf = async (tx: Tx, id: number) => {
  const [row] = await tx.select({ status: bookings.status, heldFrom: bookings.heldFrom }).from(bookings).where(eq(bookings.id, id));
  return row!;
};
/** Tuesday 24 November 2026, the tests' today, at `hhmm`. */
const nov24 = (hhmm: string) => Temporal.Instant.from(`2026-11-24T${hhmm}:00Z`);

describe("a paused helper's bookings", () => {
  it("puts the helper's future bookings on hold and tells each person, leaving past ones and another helper's alone", async () => {
    await councils.run("kingston", async (tx) => {
      const { helperId, bookable: aisha } = await aHelperOffer(tx, "Aisha");
      const { bookable: bo } = await aHelperOffer(tx, "Bo");
      const [rita, sam, tom, uma] = [await aPerson(tx), await aPerson(tx), await aPerson(tx), await aPerson(tx)];
      const past = await aBooking(tx, aisha.id, tom, nov24("14:00"));
      const ritas = await aBooking(tx, aisha.id, rita, dec1("10:00"));
      const later = nov24("15:00");
      const sams = await holdTime(tx, { bookableId: aisha.id, startsAt: dec1("11:00"), personId: sam, bookedBy: sam, idempotencyKey: key(), now: later });
      const umas = await aBooking(tx, bo.id, uma, dec1("10:00"));

      const held = await holdHelperBookings(tx, mailFor("kingston"), helperId, later.add({ minutes: 1 }));
      expect(held.map((b) => b.id).sort()).toEqual([ritas.id, sams.id].sort());
      expect(await stateOf(tx, ritas.id)).toEqual({ status: "on_hold", heldFrom: "confirmed" });
      expect(await stateOf(tx, sams.id)).toEqual({ status: "on_hold", heldFrom: "held" });
      expect(await stateOf(tx, past.id)).toEqual({ status: "confirmed", heldFrom: null });
      expect(await stateOf(tx, umas.id)).toEqual({ status: "confirmed", heldFrom: null });

      const toRita = await emailsTo(tx, await emailOf(tx, rita));
      expect(toRita.map((e) => e.kind)).toEqual(["booking-on-hold"]);
      expect(toRita[0]!.text).toContain("has put your booking with Aisha on Tuesday 1 December 2026 at 10am on hold");
      expect(toRita[0]!.text).toContain("The council will be in touch");
      expect(toRita[0]!.text).toContain(`http://kingston.localhost/bookings/${ritas.id}`);
      expect(await kindsTo(tx, sam)).toEqual(["booking-on-hold"]);
      expect(await kindsTo(tx, tom)).toEqual([]);
      expect(await kindsTo(tx, uma)).toEqual([]);
    });
  });

  it("keeps an on-hold booking's time from anyone else", async () => {
    const { state, error } = await councils.run("richmond", async (tx) => {
      const { helperId, bookable: aisha } = await aHelperOffer(tx, "Aisha");
      const [rita, sam] = [await aPerson(tx), await aPerson(tx)];
      const ritas = await aBooking(tx, aisha.id, rita, dec1("10:00"));
      await holdHelperBookings(tx, mailFor("richmond"), helperId, NOW);
      const error = await refusal(holdTime(tx, { bookableId: aisha.id, startsAt: dec1("10:00"), personId: sam, bookedBy: sam, idempotencyKey: key(), now: NOW }));
      return { state: await stateOf(tx, ritas.id), error };
    });
    expect(state.status).toBe("on_hold");
    expect(error).toBeInstanceOf(BookingConflict);
  });

  it("resumes each future booking to where it was and tells those going ahead; a hold run out expires, a past one stays; resuming again does nothing more", async () => {
    await councils.run("sutton", async (tx) => {
      const { helperId, bookable: aisha } = await aHelperOffer(tx, "Aisha");
      const [rita, sam, val, tom] = [await aPerson(tx), await aPerson(tx), await aPerson(tx), await aPerson(tx)];
      const ritas = await aBooking(tx, aisha.id, rita, dec1("10:00"));
      const sams = await holdTime(tx, { bookableId: aisha.id, startsAt: dec1("11:00"), personId: sam, bookedBy: sam, idempotencyKey: key(), now: NOW });
      const vals = await holdTime(tx, { bookableId: aisha.id, startsAt: dec1("12:00"), personId: val, bookedBy: val, idempotencyKey: key(), now: NOW, holdUntil: NOW.add({ hours: 24 }) });
      const toms = await aBooking(tx, aisha.id, tom, nov24("14:00"));
      await holdHelperBookings(tx, mailFor("sutton"), helperId, NOW.add({ minutes: 1 }));

      // By three o'clock Sam's ten minutes have run out and Tom's booking has passed.
      const at = nov24("15:00");
      const resumed = await resumeHelperBookings(tx, mailFor("sutton"), helperId, at);
      expect(resumed).toHaveLength(3);
      expect(await stateOf(tx, ritas.id)).toEqual({ status: "confirmed", heldFrom: null });
      expect(await stateOf(tx, vals.id)).toEqual({ status: "held", heldFrom: null });
      expect(await stateOf(tx, sams.id)).toEqual({ status: "expired", heldFrom: null });
      expect(await stateOf(tx, toms.id)).toEqual({ status: "on_hold", heldFrom: "confirmed" });

      const toRita = await emailsTo(tx, await emailOf(tx, rita));
      expect(toRita.map((e) => e.kind)).toEqual(["booking-on-hold", "booking-resumed"]);
      expect(toRita[1]!.text).toContain("has taken your booking with Aisha on Tuesday 1 December 2026 at 10am off hold. It is going ahead as booked.");
      expect(toRita[1]!.text).toContain(`http://sutton.localhost/bookings/${ritas.id}`);
      expect(await kindsTo(tx, val)).toEqual(["booking-on-hold", "booking-resumed"]);
      expect(await kindsTo(tx, sam)).toEqual(["booking-on-hold"]);
      expect(await kindsTo(tx, tom)).toEqual(["booking-on-hold"]);

      expect(await resumeHelperBookings(tx, mailFor("sutton"), helperId, at)).toEqual([]);
      expect(await kindsTo(tx, rita)).toEqual(["booking-on-hold", "booking-resumed"]);
      expect(await kindsTo(tx, val)).toEqual(["booking-on-hold", "booking-resumed"]);
    });
  });

  it("holds and resumes a room booked together with the helper along with them, emailing the person once", async () => {
    await councils.run("merton", async (tx) => {
      const { helperId, bookable: aisha } = await aHelperOffer(tx, "Aisha");
      const room = await aRoom(tx);
      const rita = await aPerson(tx);
      const pair = await holdTogether(tx, { personBookableId: aisha.id, roomBookableId: room.id, startsAt: dec1("10:00"), personId: rita, bookedBy: rita, idempotencyKey: key(), now: NOW });
      await confirmBooking(tx, pair.person.id, NOW);

      await holdHelperBookings(tx, mailFor("merton"), helperId, NOW);
      expect(await stateOf(tx, pair.room.id)).toEqual({ status: "on_hold", heldFrom: "confirmed" });
      await resumeHelperBookings(tx, mailFor("merton"), helperId, NOW);
      expect(await stateOf(tx, pair.room.id)).toEqual({ status: "confirmed", heldFrom: null });
      expect(await stateOf(tx, pair.person.id)).toEqual({ status: "confirmed", heldFrom: null });
      expect(await kindsTo(tx, rita)).toEqual(["booking-on-hold", "booking-resumed"]);
    });
  });

  it("takes a paused helper out of booking: their offer is not listed and a new time cannot be held", async () => {
    const result = await councils.run("merton", async (tx) => {
      const { helperId, bookable } = await aHelperOffer(tx, "Paula");
      const rita = await aPerson(tx);
      await tx.update(councilSchema.helpers).set({ pausedAt: new Date() }).where(eq(councilSchema.helpers.id, helperId));
      const listed = (await bookablesOnOffer(tx)).map((b) => b.id);
      const error = await refusal<Error>(holdTime(tx, { bookableId: bookable.id, startsAt: dec1("10:00"), personId: rita, bookedBy: rita, idempotencyKey: key(), now: NOW }));
      return { listed, bookableId: bookable.id, error, one: await bookableOnOffer(tx, bookable.id) };
    });
    expect(result.listed).not.toContain(result.bookableId);
    expect(result.one).toBeNull();
    expect(result.error.message).toBe("That can no longer be booked. Choose something else.");
  });
});
