import { Temporal } from "@lgp/time";
import { describe, expect, it } from "vitest";
import { bankHolidaysBetween } from "../src/bank-holidays";
import { openingsOn, type Availability } from "../src/openings";
import { freeSlots, mostAtOnce, nearestSlots, type SlotRules } from "../src/slots";

const date = Temporal.PlainDate.from;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 16) + "Z";
const ms = (instant: string) => Date.parse(instant);
const holidays = bankHolidaysBetween("england-and-wales", date("2026-01-01"), date("2027-12-31"));

const weekdays: Availability = {
  weekly: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: "09:00", closes: "17:00" })),
  overrides: [],
  openOnBankHolidays: false,
};
const hourly: SlotRules = { durationMinutes: 60, bufferBeforeMinutes: 0, bufferAfterMinutes: 0, noticeMinutes: 0, horizonDays: 400, capacity: 1 };
const longAgo = Temporal.Instant.from("2026-01-01T00:00:00Z");
const on = (day: string, rules = hourly, availability = weekdays, taken: { start: number; end: number }[] = [], now = longAgo) =>
  freeSlots(rules, availability, holidays, taken, { from: date(day), to: date(day), now }).map((s) => iso(s.start));

describe("opening hours in London time", () => {
  it("opens 9 to 5 on weekdays, an hour earlier in UTC in summer", () => {
    expect(on("2026-12-01")).toEqual(["09", "10", "11", "12", "13", "14", "15", "16"].map((h) => `2026-12-01T${h}:00Z`));
    expect(on("2026-06-02")[0]).toBe("2026-06-02T08:00Z");
    expect(on("2026-12-05")).toEqual([]);
  });

  it("closes on bank holidays unless the bookable opens on them or the date has its own hours", () => {
    expect(on("2026-12-25")).toEqual([]);
    expect(on("2026-12-25", hourly, { ...weekdays, openOnBankHolidays: true })).toHaveLength(8);
    const special = { ...weekdays, overrides: [{ date: "2026-12-25", hours: [{ opens: "10:00", closes: "12:00" }] }] };
    expect(on("2026-12-25", hourly, special)).toEqual(["2026-12-25T10:00Z", "2026-12-25T11:00Z"]);
    const closure = { ...weekdays, overrides: [{ date: "2026-12-01", hours: [] }] };
    expect(on("2026-12-01", hourly, closure)).toEqual([]);
  });
});

describe("the clock changes", () => {
  const night: Availability = { weekly: [{ weekday: 7, opens: "00:00", closes: "04:00" }], overrides: [], openOnBankHolidays: true };

  it("has no times in the hour skipped on the last Sunday of March: 00:00 to 04:00 is three hours", () => {
    expect(on("2026-03-29", hourly, night)).toEqual(["2026-03-29T00:00Z", "2026-03-29T01:00Z", "2026-03-29T02:00Z"]);
    const open = openingsOn(date("2026-03-29"), night, holidays)[0]!;
    expect((open.end - open.start) / 3_600_000).toBe(3);
  });

  it("has the repeated hour twice on the last Sunday of October: 00:00 to 04:00 is five hours", () => {
    // 00:00 and 01:00 BST, then 01:00, 02:00 and 03:00 GMT.
    expect(on("2026-10-25", hourly, night)).toEqual(["2026-10-24T23:00Z", "2026-10-25T00:00Z", "2026-10-25T01:00Z", "2026-10-25T02:00Z", "2026-10-25T03:00Z"]);
  });

  it("moves an opening time the clocks skip on by the hour, and closes at a repeated time's second", () => {
    const skipped = { ...night, weekly: [{ weekday: 7, opens: "01:30", closes: "03:30" }] };
    expect(openingsOn(date("2026-03-29"), skipped, holidays)).toEqual([{ start: ms("2026-03-29T01:30:00Z"), end: ms("2026-03-29T02:30:00Z") }]);
    const repeated = { ...night, weekly: [{ weekday: 7, opens: "00:30", closes: "01:30" }] };
    expect(openingsOn(date("2026-10-25"), repeated, holidays)).toEqual([{ start: ms("2026-10-24T23:30:00Z"), end: ms("2026-10-25T01:30:00Z") }]);
  });

  it("keeps 9 o'clock at 9 o'clock on the days either side of each change", () => {
    expect(on("2026-03-27")[0]).toBe("2026-03-27T09:00Z");
    expect(on("2026-03-30")[0]).toBe("2026-03-30T08:00Z");
    expect(on("2026-10-23")[0]).toBe("2026-10-23T08:00Z");
    expect(on("2026-10-26")[0]).toBe("2026-10-26T09:00Z");
  });
});

describe("free times", () => {
  it("keeps the buffers clear between times and lets the last one end by closing", () => {
    const cleaned = { ...hourly, bufferBeforeMinutes: 15, bufferAfterMinutes: 15 };
    const morning = { ...weekdays, overrides: [{ date: "2026-12-01", hours: [{ opens: "09:00", closes: "12:00" }] }] };
    expect(on("2026-12-01", cleaned, morning)).toEqual(["2026-12-01T09:00Z", "2026-12-01T10:30Z"]);
  });

  it("leaves out times sooner than the notice and beyond the horizon", () => {
    const now = Temporal.Instant.from("2026-12-01T10:30:00Z");
    expect(on("2026-12-01", { ...hourly, noticeMinutes: 120 }, weekdays, [], now)[0]).toBe("2026-12-01T13:00Z");
    expect(on("2026-12-08", { ...hourly, horizonDays: 7 }, weekdays, [], now)).toHaveLength(8);
    expect(on("2026-12-09", { ...hourly, horizonDays: 7 }, weekdays, [], now)).toEqual([]);
  });

  it("counts the places taken, buffers included, and drops a time with none left", () => {
    const taken = [{ start: ms("2026-12-01T09:30:00Z"), end: ms("2026-12-01T10:30:00Z") }];
    expect(on("2026-12-01", hourly, weekdays, taken).slice(0, 3)).toEqual(["2026-12-01T11:00Z", "2026-12-01T12:00Z", "2026-12-01T13:00Z"]);
    const session = { ...hourly, capacity: 2 };
    const slots = freeSlots(session, weekdays, holidays, taken, { from: date("2026-12-01"), to: date("2026-12-01"), now: longAgo });
    expect(slots.slice(0, 3).map((s) => s.placesLeft)).toEqual([1, 1, 2]);
  });

  it("never counts back-to-back bookings as overlapping", () => {
    const a = { start: 0, end: 10 };
    const b = { start: 10, end: 20 };
    expect(mostAtOnce([a, b], { start: 0, end: 20 })).toBe(1);
    expect(mostAtOnce([a, b, { start: 5, end: 15 }], { start: 0, end: 20 })).toBe(2);
  });

  it("offers the nearest free times when the one wanted has gone", () => {
    const slots = freeSlots(hourly, weekdays, holidays, [], { from: date("2026-12-01"), to: date("2026-12-01"), now: longAgo });
    expect(nearestSlots(slots, ms("2026-12-01T12:00:00Z")).map((s) => iso(s.start))).toEqual(["2026-12-01T12:00Z", "2026-12-01T11:00Z", "2026-12-01T13:00Z"]);
  });
});
