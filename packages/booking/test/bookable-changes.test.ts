import { councilSchema, InputError, type Tx } from "@lgp/db";
import { Temporal } from "@lgp/time";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { adminBookables, archiveBookable, bookableOwners, removeDateHours, restoreBookable, setDateHours, updateBookable, type Bookable, type BookableChanges } from "../src/bookables";
import { cancelBooking } from "../src/changes";
import { freeTimes } from "../src/free-times";
import { holdTime } from "../src/hold";
import { bookablesOnOffer } from "../src/views";
import { testCouncils } from "./support/councils";
import { aBooking, aHelperOffer, aPerson, aRoom, aStaffMember, dec1, key, NOW, refusal } from "./support/seed";

const councils = testCouncils("bookable-changes", ["kingston", "richmond", "sutton", "merton", "ealing", "bromley", "camden"]);

/** A bookable's details as they stand, to change one or two of them. */
const detailsOf = ({ id: _id, status: _status, overrides: _overrides, createdAt: _created, updatedAt: _updated, ...details }: Bookable): BookableChanges => details;

/** The London start times ("10:00") of a bookable's free times on one date, as the tests' clock sees them. */
async function startsOn(tx: Tx, bookable: Bookable, date: string): Promise<string[]> {
  const day = Temporal.PlainDate.from(date);
  const free = await freeTimes(tx, bookable, { from: day, to: day, now: NOW });
  return free.map((s) => Temporal.Instant.fromEpochMilliseconds(s.start).toZonedDateTimeISO("Europe/London").toPlainTime().toString({ smallestUnit: "minute" }));
}

const organisation = async (tx: Tx, name: string) => (await tx.insert(councilSchema.organisations).values({ name, kind: "voluntary_group" }).returning())[0]!.id;

describe("a bookable's owner", () => {
  it("is an offer with the offer's own helper, a person holding a staff role here, or an organisation that exists", async () => {
    const result = await councils.run("kingston", async (tx) => {
      const val = await aHelperOffer(tx, "Val");
      const wyn = await aHelperOffer(tx, "Wyn");
      const staff = await aStaffMember(tx);
      const lead = await aStaffMember(tx, "safeguarding_lead");
      const resident = await aPerson(tx, "Rita Resident");
      const carers = await organisation(tx, "Kingston Carers");
      return {
        val,
        wyn,
        carers,
        offered: await aRoom(tx, { kind: "offer", name: "Tea with Val", offerId: val.bookable.offerId, helperId: wyn.helperId }),
        withStaff: await aRoom(tx, { kind: "appointment", name: "Advice", staffId: staff }),
        withLead: await aRoom(tx, { kind: "appointment", name: "A talk about a concern", staffId: lead }),
        hall: await aRoom(tx, { name: "Hall", organisationId: carers, staffId: staff }),
        notStaff: await refusal<InputError>(aRoom(tx, { kind: "appointment", name: "Advice", staffId: resident })),
        noOffer: await refusal<InputError>(aRoom(tx, { kind: "offer", name: "Tea", offerId: 999_999, helperId: val.helperId })),
        noOrganisation: await refusal<InputError>(aRoom(tx, { name: "Hall", organisationId: 999_999 })),
      };
    });
    expect(result.offered).toMatchObject({ offerId: result.val.bookable.offerId, helperId: result.val.helperId });
    expect(result.withStaff.staffId).not.toBeNull();
    expect(result.withLead.staffId).not.toBeNull();
    // A form sends every kind's owner: a room keeps only an organisation.
    expect(result.hall).toMatchObject({ organisationId: result.carers, staffId: null, offerId: null, helperId: null });
    expect(result.notStaff).toBeInstanceOf(InputError);
    expect(result.notStaff.fields).toEqual({ staffId: "Choose the member of staff" });
    expect(result.noOffer.fields).toEqual({ offerId: "Choose the offer to make bookable" });
    expect(result.noOrganisation.fields).toEqual({ organisationId: "Choose an organisation from the list" });
  });

  it("can be chosen from the published offers (and any already bookable), the council's staff once each, and its organisations", async () => {
    const result = await councils.run("camden", async (tx) => {
      const val = await aHelperOffer(tx, "Val");
      const wyn = await aHelperOffer(tx, "Wyn");
      await tx.update(councilSchema.offers).set({ status: "withdrawn" }).where(eq(councilSchema.offers.id, wyn.bookable.offerId!));
      const staff = await aStaffMember(tx);
      await tx.insert(councilSchema.roleGrants).values({ personId: staff, role: "council_admin" });
      const lead = await aStaffMember(tx, "safeguarding_lead");
      await aStaffMember(tx, "volunteer");
      await aPerson(tx, "Rita Resident");
      const carers = await organisation(tx, "Camden Carers");
      return { val, wyn, staff, lead, carers, owners: await bookableOwners(tx) };
    });
    expect(result.owners.offers.map((o) => [o.id, o.helperName])).toEqual([
      [result.val.bookable.offerId, "Val"],
      [result.wyn.bookable.offerId, "Wyn"],
    ]);
    expect(result.owners.staff.map((s) => s.id).sort()).toEqual([result.staff, result.lead].sort());
    expect(result.owners.organisations).toEqual([{ id: result.carers, name: "Camden Carers" }]);
  });
});

describe("changing a bookable", () => {
  it("changes its details and week, keeps its dates' own hours, refuses a new kind, and finds no bookable the council does not have", async () => {
    const result = await councils.run("richmond", async (tx) => {
      const room = await aRoom(tx, { overrides: [{ date: "2026-12-24", hours: [] }] });
      const changed = await updateBookable(tx, room.id, { ...detailsOf(room), name: "Small hall", weekly: [{ weekday: 6, opens: "10:00", closes: "12:00" }] }, NOW);
      return {
        changed: changed!,
        saturday: await startsOn(tx, changed!.after, "2026-12-05"),
        tuesday: await startsOn(tx, changed!.after, "2026-12-01"),
        newKind: await refusal<InputError>(updateBookable(tx, room.id, { ...detailsOf(room), kind: "session" }, NOW)),
        none: await updateBookable(tx, 999_999, detailsOf(room), NOW),
      };
    });
    expect(result.changed.before.name).toBe("Community room");
    expect(result.changed.after.name).toBe("Small hall");
    expect(result.changed.after.overrides).toEqual([{ date: "2026-12-24", hours: [] }]);
    expect(result.saturday).toEqual(["10:00", "11:00"]);
    expect(result.tuesday).toEqual([]);
    expect(result.newKind.fields).toEqual({ kind: "What kind of thing is booked cannot change" });
    expect(result.none).toBeNull();
  });

  it("refuses a change between one place and several while bookings are still to come, and allows it once none are", async () => {
    const result = await councils.run("sutton", async (tx) => {
      const rita = await aPerson(tx);
      const room = await aRoom(tx);
      await aBooking(tx, room.id, rita, dec1("10:00"));
      const toSeveral = await refusal<InputError>(updateBookable(tx, room.id, { ...detailsOf(room), capacity: 4 }, NOW));
      const afterItEnded = await updateBookable(tx, room.id, { ...detailsOf(room), capacity: 4 }, Temporal.Instant.from("2026-12-01T11:00:00Z"));

      const held = await aRoom(tx, { name: "Held room" });
      await holdTime(tx, { bookableId: held.id, startsAt: dec1("10:00"), personId: rita, bookedBy: rita, idempotencyKey: key(), now: NOW });
      const afterTheHoldRanOut = await updateBookable(tx, held.id, { ...detailsOf(held), capacity: 2 }, NOW.add({ minutes: 11 }));

      const session = await aRoom(tx, { kind: "session", name: "Class", capacity: 4 });
      const place = await aBooking(tx, session.id, rita, dec1("10:00"));
      const more = await updateBookable(tx, session.id, { ...detailsOf(session), capacity: 6 }, NOW);
      const toOne = await refusal<InputError>(updateBookable(tx, session.id, { ...detailsOf(session), capacity: 1 }, NOW));
      await cancelBooking(tx, place.id, rita, NOW);
      const cancelled = await updateBookable(tx, session.id, { ...detailsOf(session), capacity: 1 }, NOW);
      return { toSeveral, afterItEnded, afterTheHoldRanOut, more, toOne, cancelled };
    });
    for (const refused of [result.toSeveral, result.toOne]) {
      expect(refused).toBeInstanceOf(InputError);
      expect(refused.fields).toEqual({ capacity: "Cancel or move its future bookings before changing its places" });
    }
    expect(result.afterItEnded!.after.capacity).toBe(4);
    expect(result.afterTheHoldRanOut!.after.capacity).toBe(2);
    expect(result.more!.after.capacity).toBe(6);
    expect(result.cancelled!.after.capacity).toBe(1);
  });

  it("archives it: residents can no longer book it and its bookings stay; restored, they can again", async () => {
    const result = await councils.run("merton", async (tx) => {
      const rita = await aPerson(tx);
      const room = await aRoom(tx);
      const booking = await aBooking(tx, room.id, rita, dec1("10:00"));
      const archived = await archiveBookable(tx, room.id);
      const onOfferArchived = (await bookablesOnOffer(tx)).map((b) => b.id);
      const [kept] = await tx.select().from(councilSchema.bookings).where(eq(councilSchema.bookings.id, booking.id));
      const again = await refusal<InputError>(archiveBookable(tx, room.id));
      const restored = await restoreBookable(tx, room.id);
      const onOfferRestored = (await bookablesOnOffer(tx)).map((b) => b.id);
      return { room, archived, onOfferArchived, kept, again, restored, onOfferRestored, none: await archiveBookable(tx, 999_999) };
    });
    expect(result.archived!.status).toBe("archived");
    expect(result.onOfferArchived).not.toContain(result.room.id);
    expect(result.kept!.status).toBe("confirmed");
    expect(result.again.message).toBe("Community room is already archived.");
    expect(result.restored!.status).toBe("active");
    expect(result.onOfferRestored).toContain(result.room.id);
    expect(result.none).toBeNull();
  });
});

describe("a date's own hours", () => {
  it("closes a date or opens it differently, replacing what it had, and a date removed follows the week again", async () => {
    const result = await councils.run("ealing", async (tx) => {
      const room = await aRoom(tx);
      const closed = await setDateHours(tx, room.id, { date: "2026-12-01", hours: [] });
      const closedTimes = await startsOn(tx, closed!, "2026-12-01");
      const saturday = await setDateHours(tx, room.id, { date: "2026-12-05", hours: [{ opens: "10:00", closes: "12:00" }] });
      const saturdayTimes = await startsOn(tx, saturday!, "2026-12-05");
      const shorter = await setDateHours(tx, room.id, { date: "2026-12-01", hours: [{ opens: "14:00", closes: "16:00" }] });
      const shorterTimes = await startsOn(tx, shorter!, "2026-12-01");
      const removed = await removeDateHours(tx, room.id, "2026-12-05");
      return {
        closedTimes,
        saturdayTimes,
        shorter: shorter!.overrides,
        shorterTimes,
        removed: removed!.overrides,
        saturdayAgain: await startsOn(tx, removed!, "2026-12-05"),
        notThere: await refusal<InputError>(removeDateHours(tx, room.id, "2026-12-06")),
        backwards: await refusal<Error>(setDateHours(tx, room.id, { date: "2026-12-07", hours: [{ opens: "12:00", closes: "10:00" }] })),
        none: await setDateHours(tx, 999_999, { date: "2026-12-07", hours: [] }),
      };
    });
    expect(result.closedTimes).toEqual([]);
    expect(result.saturdayTimes).toEqual(["10:00", "11:00"]);
    expect(result.shorter).toEqual([
      { date: "2026-12-01", hours: [{ opens: "14:00", closes: "16:00" }] },
      { date: "2026-12-05", hours: [{ opens: "10:00", closes: "12:00" }] },
    ]);
    expect(result.shorterTimes).toEqual(["14:00", "15:00"]);
    expect(result.removed).toEqual([{ date: "2026-12-01", hours: [{ opens: "14:00", closes: "16:00" }] }]);
    expect(result.saturdayAgain).toEqual([]);
    expect(result.notThere.message).toBe("That date has no hours of its own. Choose one from the list.");
    expect(result.backwards.message).toContain("Closing time must be after opening time");
    expect(result.none).toBeNull();
  });
});

describe("the admins' list", () => {
  it("has every bookable: those that can be booked by name, then those archived", async () => {
    const names = await councils.run("bromley", async (tx) => {
      await aRoom(tx, { name: "Boardroom" });
      await aRoom(tx, { name: "Art room" });
      await archiveBookable(tx, (await aRoom(tx, { name: "Attic" })).id);
      return (await adminBookables(tx)).map((b) => b.name);
    });
    expect(names).toEqual(["Art room", "Boardroom", "Attic"]);
  });
});
