import { createHash } from "node:crypto";
import { councilSchema, type Tx } from "@lgp/db";
import { londonToInstant, Temporal } from "@lgp/time";
import ICAL from "ical.js";
import { afterEach, describe, expect, it } from "vitest";
import { bookingCalendar, type CalendarEvent } from "../src/calendar";
import { createCalendarFeed, feedEvents, personForFeedToken, revokeCalendarFeed } from "../src/calendar-feeds";
import { cancelBooking, confirmBooking } from "../src/changes";
import { holdTime } from "../src/hold";
import { testCouncils } from "./support/councils";
import { aPerson, aRoom, dec1, key, NOW } from "./support/seed";

const councils = testCouncils("booking-calendar", ["hackney", "camden", "islington"]);

/** The events of an .ics text as ical.js reads them, its VTIMEZONEs registered first. */
function parsed(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(zone);
  const events = calendar.getAllSubcomponents("vevent").map((component) => {
    const event = new ICAL.Event(component);
    const instant = (time: ICAL.Time) => Temporal.Instant.fromEpochMilliseconds(time.toJSDate().getTime());
    return {
      uid: event.uid,
      zone: event.startDate.zone?.tzid,
      wallTime: `${String(event.startDate.hour).padStart(2, "0")}:${String(event.startDate.minute).padStart(2, "0")}`,
      start: instant(event.startDate),
      end: instant(event.endDate),
      summary: event.summary,
      location: event.location,
      description: event.description,
      status: component.getFirstPropertyValue("status"),
      url: component.getFirstPropertyValue("url"),
    };
  });
  return { calendar, events };
}

const tuesdayClass = (date: Temporal.PlainDate, n = 0): CalendarEvent => ({
  uid: `BK-TUES-${n}@hackney.example.org`,
  start: londonToInstant(date, Temporal.PlainTime.from("10:00")),
  end: londonToInstant(date, Temporal.PlainTime.from("11:00")),
  summary: "Chair yoga",
  location: "Guildhall, High Street",
  description: "Bring water.",
  status: "CONFIRMED",
});

const weekly = (from: string, count: number) => Array.from({ length: count }, (_, n) => tuesdayClass(Temporal.PlainDate.from(from).add({ weeks: n }), n));

describe("writing bookings as .ics", () => {
  it("keeps 34 weekly Tuesday classes from 6 January at 10:00 London across the March clock change, at their own instants", () => {
    const series = weekly("2026-01-06", 34);
    const { events } = parsed(bookingCalendar(series, { name: "Chair yoga" }));
    expect(events).toHaveLength(34);
    expect(events.map((e) => [e.zone, e.wallTime])).toEqual(series.map(() => ["Europe/London", "10:00"]));
    expect(events.map((e) => [e.start.toString(), e.end.toString()])).toEqual(series.map((e) => [e.start.toString(), e.end.toString()]));
    const utcHours = events.map((e) => e.start.toZonedDateTimeISO("UTC").hour);
    // 6 January to 24 March in GMT, 31 March on in BST: the series crosses the change.
    expect(utcHours.filter((h) => h === 10)).toHaveLength(12);
    expect(utcHours.filter((h) => h === 9)).toHaveLength(22);
  });

  it("keeps Tuesdays at 10:00 London either side of the October clock change", () => {
    const series = weekly("2026-10-13", 4);
    const { events } = parsed(bookingCalendar(series, { name: "Chair yoga" }));
    expect(events.map((e) => e.wallTime)).toEqual(["10:00", "10:00", "10:00", "10:00"]);
    expect(events.map((e) => e.start.toString())).toEqual(["2026-10-13T09:00:00Z", "2026-10-20T09:00:00Z", "2026-10-27T10:00:00Z", "2026-11-03T10:00:00Z"]);
  });

  it("gives back an event at 01:30 on 25 October 2026, the hour the clocks repeat, at the instant it was, either pass", () => {
    const first = londonToInstant(Temporal.PlainDate.from("2026-10-25"), Temporal.PlainTime.from("01:30"));
    expect(first.toString()).toBe("2026-10-25T00:30:00Z");
    const second = Temporal.Instant.from("2026-10-25T01:30:00Z");
    const night = (start: Temporal.Instant, uid: string): CalendarEvent => ({ ...tuesdayClass(Temporal.PlainDate.from("2026-10-25")), uid, start, end: start.add({ minutes: 20 }) });
    const { events } = parsed(bookingCalendar([night(first, "first@x"), night(second, "second@x")], { name: "Night" }));
    expect(events.map((e) => [e.uid, e.start.toString(), e.end.toString()])).toEqual([
      ["first@x", "2026-10-25T00:30:00Z", "2026-10-25T00:50:00Z"],
      ["second@x", "2026-10-25T01:30:00Z", "2026-10-25T01:50:00Z"],
    ]);
  });

  it("writes DTSTAMP in UTC, includes London's VTIMEZONE, and keeps the words of each event, special characters and all", () => {
    const awkward: CalendarEvent = {
      uid: "BK-7K3M-Q9PX@hackney.example.org",
      start: Temporal.Instant.from("2026-12-01T10:00:00Z"),
      end: Temporal.Instant.from("2026-12-01T11:00:00Z"),
      summary: "Café ’s drop-in; tea, cake \\ chat",
      location: "St Mary’s Hall, 1 Church Lane; side door",
      description: "Line one, with commas; and semicolons.\nLine two: naïve façade – ’quoted’ – 日本語, long enough to be folded across several lines of the file.",
      url: "https://hackney.example.org/bookings/BK-7K3M-Q9PX?from=calendar&x=1",
      status: "TENTATIVE",
      sequence: 2,
    };
    const text = bookingCalendar([awkward, { ...awkward, uid: "gone@x", status: "CANCELLED" }], { name: "My bookings" });
    const stamps = text.split("\r\n").filter((line) => line.startsWith("DTSTAMP"));
    expect(stamps).toHaveLength(2);
    for (const stamp of stamps) expect(stamp).toMatch(/^DTSTAMP:\d{8}T\d{6}Z$/);
    expect(text).toContain("DTSTART;TZID=Europe/London:20261201T100000");
    const { calendar, events } = parsed(text);
    expect(calendar.getAllSubcomponents("vtimezone").map((z) => z.getFirstPropertyValue("tzid"))).toEqual(["Europe/London"]);
    expect(events[0]).toMatchObject({ uid: awkward.uid, summary: awkward.summary, location: awkward.location, description: awkward.description, url: awkward.url, status: "TENTATIVE" });
    expect(events[1]).toMatchObject({ uid: "gone@x", status: "CANCELLED" });
    expect(calendar.getFirstSubcomponent("vevent")!.getFirstPropertyValue("sequence")).toBe(2);
  });

  describe("whatever zone the server runs in", () => {
    const zoneBefore = process.env.TZ;
    afterEach(() => {
      if (zoneBefore === undefined) delete process.env.TZ;
      else process.env.TZ = zoneBefore;
    });

    it("writes the same times", () => {
      const series = weekly("2026-03-24", 3);
      const times = () => bookingCalendar(series, { name: "Chair yoga" }).replace(/^DTSTAMP:.*$/gm, "");
      process.env.TZ = "UTC";
      const inUtc = times();
      process.env.TZ = "America/New_York";
      expect(times()).toBe(inUtc);
      process.env.TZ = "Asia/Kolkata";
      expect(times()).toBe(inUtc);
    });
  });
});

describe("calendar feed addresses", () => {
  it("finds the person by their token, keeps only its hash, and ends an earlier address when a new one is made", async () => {
    const result = await councils.run("hackney", async (tx) => {
      const rita = await aPerson(tx, "Rita");
      const first = await createCalendarFeed(tx, rita);
      const foundFirst = await personForFeedToken(tx, first);
      const second = await createCalendarFeed(tx, rita);
      const rows = await tx.select().from(councilSchema.calendarFeeds);
      return { rita, first, second, foundFirst, firstAfter: await personForFeedToken(tx, first), secondFound: await personForFeedToken(tx, second), rows };
    });
    expect(result.first).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(result.foundFirst).toBe(result.rita);
    expect(result.firstAfter).toBeNull();
    expect(result.secondFound).toBe(result.rita);
    expect(result.rows.map((r) => r.tokenHash).sort()).toEqual([result.first, result.second].map((t) => createHash("sha256").update(t).digest("hex")).sort());
    expect(result.rows.filter((r) => r.revokedAt === null)).toHaveLength(1);
  });

  it("finds no one for a revoked token, an unknown one, or another council's", async () => {
    const { token, revoked, unknown } = await councils.run("hackney", async (tx) => {
      const sam = await aPerson(tx, "Sam");
      const old = await createCalendarFeed(tx, sam);
      await revokeCalendarFeed(tx, sam);
      return { token: await createCalendarFeed(tx, await aPerson(tx, "Ann")), revoked: await personForFeedToken(tx, old), unknown: await personForFeedToken(tx, "not-a-token") };
    });
    const elsewhere = await councils.run("camden", async (tx) => {
      const own = await createCalendarFeed(tx, await aPerson(tx, "Camden resident"));
      return { theirs: await personForFeedToken(tx, token), own: await personForFeedToken(tx, own) };
    });
    expect(revoked).toBeNull();
    expect(unknown).toBeNull();
    expect(elsewhere.theirs).toBeNull();
    expect(elsewhere.own).not.toBeNull();
  });
});

describe("a person's feed", () => {
  const book = async (tx: Tx, bookableId: number, personId: number, startsAt: Temporal.Instant, now = NOW) =>
    confirmBooking(tx, (await holdTime(tx, { bookableId, startsAt, personId, bookedBy: personId, idempotencyKey: key(), now })).id, now);

  it("lists their confirmed and pending bookings from 30 days back, marks a cancelled one CANCELLED, and leaves out others'", async () => {
    const result = await councils.run("islington", async (tx) => {
      const [rita, sam] = [await aPerson(tx, "Rita"), await aPerson(tx, "Sam")];
      const room = await aRoom(tx, { name: "Community room", postcode: "N1 2AB" });
      const clinic = await aRoom(tx, { kind: "session", name: "Benefits clinic", needsApproval: true, capacity: 4, description: "Bring your letters." });
      const longAgo = NOW.subtract({ hours: 24 * 60 });
      await book(tx, room.id, rita, Temporal.Instant.from("2026-10-06T09:00:00Z"), longAgo);
      const recent = await book(tx, room.id, rita, Temporal.Instant.from("2026-11-03T10:00:00Z"), longAgo);
      const confirmed = await book(tx, room.id, rita, dec1("10:00"));
      const pending = await book(tx, clinic.id, rita, dec1("10:00"));
      const cancelled = await cancelBooking(tx, (await book(tx, room.id, rita, dec1("11:00"))).id, rita, NOW);
      await holdTime(tx, { bookableId: room.id, startsAt: dec1("13:00"), personId: rita, bookedBy: rita, idempotencyKey: key(), now: NOW });
      await book(tx, room.id, sam, dec1("12:00"));
      const events = await feedEvents(tx, rita, NOW, "https://islington.example.org");
      return { events, recent, confirmed, pending, cancelled };
    });
    const { events } = result;
    expect(events.map((e) => [e.uid, e.status])).toEqual([
      [`${result.recent.reference}@islington.example.org`, "CONFIRMED"],
      [`${result.confirmed.reference}@islington.example.org`, "CONFIRMED"],
      [`${result.pending.reference}@islington.example.org`, "TENTATIVE"],
      [`${result.cancelled.reference}@islington.example.org`, "CANCELLED"],
    ]);
    expect(events[1]).toMatchObject({ summary: "Community room", location: "Guildhall, High Street, N1 2AB", start: dec1("10:00"), end: dec1("11:00") });
    expect(events[2]!.description).toBe(`Booking reference ${result.pending.reference}.\n\nBring your letters.`);
    const { events: read } = parsed(bookingCalendar(events, { name: "My bookings" }));
    expect(read.map((e) => [e.start.toString(), e.status])).toEqual(events.map((e) => [e.start.toString(), e.status]));
  });
});
