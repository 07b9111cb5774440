import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sampleDate, sampleBookableForm } from "./support/bookable-admin-samples";
import { sampleTime } from "./support/booking-samples";
import { callerFor, createWorld, type World } from "./support/world";
import { failure } from "./support/refusal";

let world: World;
beforeAll(async () => {
  world = await createWorld("booking-admin");
});
afterAll(() => world?.close());


const admin = async () => callerFor(world, await world.site("kingston"), world.people.kingstonAdmin);
const anyone = async () => callerFor(world, await world.site("kingston"), null);

/** The form's week with every day open from `opens` to `closes`. */
const everyDay = (opens: string, closes: string) =>
  Object.fromEntries(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"].flatMap((day) => [[`${day}Opens`, opens], [`${day}Closes`, closes]]));

/** The sample form with every day open from `opens` to `closes`, hour after hour with no notice, on bank holidays too. */
const hourly = (opens: string, closes: string) => ({ ...sampleBookableForm(), ...everyDay(opens, closes), bufferAfterMinutes: 0, noticeHours: 0, openOnBankHolidays: true });

/** A room any date ahead of which has two times, 10am and 11am. */
const addedRoom = async () => (await admin()).booking.addBookable(hourly("10:00", "12:00"));

/** The starts of the free times `days` days ahead. */
async function freeStarts(bookableId: number, days: number) {
  const { days: week } = await (await anyone()).booking.times({ bookableId, from: sampleDate(days), days: 1 });
  return week[0]!.free.map((t) => t.start);
}

describe("the admins' bookables", () => {
  it("adds a room from the form: its week from the boxes, notice in hours, access features a line each", async () => {
    const added = await (await admin()).booking.addBookable({ ...sampleBookableForm(), postcode: "kt1 1eu", accessibility: "Step-free access\n\n  Hearing loop  \n" });
    expect(added).toMatchObject({ kind: "room", noticeMinutes: 120, postcode: "KT1 1EU", accessibility: ["Step-free access", "Hearing loop"], status: "active" });
    expect(added.weekly).toEqual([1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: "09:00", closes: "17:00" })));
    const { bookables } = await (await admin()).booking.adminBookables();
    expect(bookables.map((b) => b.id)).toContain(added.id);
    expect((await (await anyone()).booking.bookables()).map((b) => b.id)).toContain(added.id);
  });

  it("refuses a day with one time and not the other, and a closing time before the opening time, beside each box", async () => {
    const refused = await (await admin()).booking.addBookable({ ...sampleBookableForm(), mondayCloses: undefined, tuesdayOpens: "17:00", tuesdayCloses: "9:00" }).then(
      () => null,
      (e: TRPCError) => (e.cause as unknown as { issues: { path: string[]; message: string }[] }).issues.map((i) => [i.path[0], i.message]),
    );
    expect(refused).toEqual([
      ["mondayCloses", "Enter both an opening and a closing time for Monday, or neither"],
      ["tuesdayCloses", "The closing time on Tuesday must be after the opening time"],
    ]);
  });

  it("keeps a break in the day: times before and after it, none across it; the second pair checked after the first", async () => {
    const everyDayWithLunch = Object.fromEntries(
      ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"].flatMap((day) => [[`${day}Opens2`, "14:00"], [`${day}Closes2`, "16:00"]]),
    );
    const room = await (await admin()).booking.addBookable({ ...hourly("10:00", "12:00"), ...everyDayWithLunch });
    expect(room.weekly.filter((w) => w.weekday === 1)).toEqual([
      { weekday: 1, opens: "10:00", closes: "12:00" },
      { weekday: 1, opens: "14:00", closes: "16:00" },
    ]);
    expect((await freeStarts(room.id, 2)).map((start) => new Date(start).toISOString().slice(11, 16))).toHaveLength(4);
    const refused = await (await admin())
      .booking.addBookable({ ...sampleBookableForm(), mondayOpens2: "12:00", mondayCloses2: "13:00", saturdayOpens2: "10:00", saturdayCloses2: "11:00" })
      .then(
        () => null,
        (e: TRPCError) => (e.cause as unknown as { issues: { path: string[]; message: string }[] }).issues.map((i) => [i.path[0], i.message]),
      );
    expect(refused).toEqual([
      ["mondayOpens2", "On Monday it must open again at or after 17:00, when it first closes"],
      ["saturdayOpens2", "Enter Saturday's first opening and closing times before its second"],
    ]);
  });

  it("changes a room's hours, which its times then follow", async () => {
    const room = await addedRoom();
    expect(await freeStarts(room.id, 3)).toEqual([Date.parse(sampleTime(3, 10)), Date.parse(sampleTime(3, 11))]);
    await (await admin()).booking.updateBookable({ bookableId: room.id, ...hourly("14:00", "16:00") });
    expect(await freeStarts(room.id, 3)).toEqual([Date.parse(sampleTime(3, 14)), Date.parse(sampleTime(3, 15))]);
  });

  it("closes a date: that day has no times, and the next is as it was", async () => {
    const room = await addedRoom();
    const closed = await (await admin()).booking.setDateHours({ bookableId: room.id, date: sampleDate(3), closed: true });
    expect(closed.overrides).toEqual([{ date: sampleDate(3), hours: [] }]);
    const { days } = await (await anyone()).booking.times({ bookableId: room.id, from: sampleDate(3), days: 2 });
    expect(days.map((d) => [d.date, d.free.length, d.full.length])).toEqual([
      [sampleDate(3), 0, 0],
      [sampleDate(4), 2, 0],
    ]);
    await (await admin()).booking.removeDateHours({ bookableId: room.id, date: sampleDate(3) });
    expect(await freeStarts(room.id, 3)).toHaveLength(2);
  });

  it("archives a room: residents no longer find it, the admins still do, and it can be restored", async () => {
    const room = await addedRoom();
    await (await admin()).booking.archiveBookable({ bookableId: room.id });
    expect((await (await anyone()).booking.bookables()).map((b) => b.id)).not.toContain(room.id);
    expect(await failure((await anyone()).booking.bookable({ bookableId: room.id }))).toMatchObject({ code: "NOT_FOUND" });
    expect((await (await admin()).booking.adminBookable({ bookableId: room.id })).status).toBe("archived");
    await (await admin()).booking.restoreBookable({ bookableId: room.id });
    expect((await (await anyone()).booking.bookables()).map((b) => b.id)).toContain(room.id);
  });

  it("finds no Kingston bookable on Richmond's admin console", async () => {
    const room = await addedRoom();
    const richmond = callerFor(world, await world.site("richmond"), world.people.richmondAdmin);
    // Ids are each council's own: make sure Richmond has none with this number, so the answer is the console's.
    expect((await richmond.booking.adminBookables()).bookables.map((b) => b.id)).not.toContain(room.id);
    const notFound = { code: "NOT_FOUND", message: "There is no such thing to book. Choose one from the list." };
    expect(await failure(richmond.booking.adminBookable({ bookableId: room.id }))).toEqual(notFound);
    expect(await failure(richmond.booking.updateBookable({ bookableId: room.id, ...sampleBookableForm() }))).toEqual(notFound);
    expect(await failure(richmond.booking.archiveBookable({ bookableId: room.id }))).toEqual(notFound);
    expect(await failure(richmond.booking.setDateHours({ bookableId: room.id, date: sampleDate(), closed: true }))).toEqual(notFound);
  });

  it("is the admins' alone: a resident or a member of staff is refused", async () => {
    const room = await addedRoom();
    for (const person of [world.people.kingstonResident, world.people.kingstonStaff]) {
      const caller = callerFor(world, await world.site("kingston"), person);
      expect(await failure(caller.booking.adminBookables())).toMatchObject({ code: "FORBIDDEN" });
      expect(await failure(caller.booking.addBookable(sampleBookableForm()))).toMatchObject({ code: "FORBIDDEN" });
      expect(await failure(caller.booking.archiveBookable({ bookableId: room.id }))).toMatchObject({ code: "FORBIDDEN" });
    }
  });
});
