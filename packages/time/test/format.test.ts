import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { formatDate, formatDateRange, formatDateTime, formatDay, formatDayTime, formatTime, Temporal } from "../src/index";
import { AROUND_CLOCK_CHANGES, readings } from "./samples";

const at = (iso: string) => new Date(iso);

describe("dates and times shown to people", () => {
  it("dates a moment in London, GOV.UK style", () => {
    expect(formatDate(at("2026-11-26T15:04:00Z"))).toBe("26 November 2026");
    expect(formatDate(at("2026-07-01T00:30:00+01:00"))).toBe("1 July 2026");
    expect(formatDate(Temporal.PlainDate.from("2026-03-09"))).toBe("9 March 2026");
  });

  it("names the day with its weekday, in London", () => {
    expect(formatDay(Temporal.PlainDate.from("2026-12-01"))).toBe("Tuesday 1 December 2026");
    // 23:30 UTC on a Saturday in summer is already Sunday in London.
    expect(formatDay(at("2026-07-04T23:30:00Z"))).toBe("Sunday 5 July 2026");
    expect(formatDayTime(at("2026-12-01T10:00:00Z"))).toBe("Tuesday 1 December 2026 at 10am");
  });

  it("tells the time with am and pm, midday and midnight, and minutes only when there are some", () => {
    const times: [string, string][] = [
      ["2026-11-26T15:04:00Z", "3:04pm"],
      ["2026-11-26T15:00:00Z", "3pm"],
      ["2026-11-26T09:05:00Z", "9:05am"],
      ["2026-11-26T12:00:00Z", "midday"],
      ["2026-11-26T12:30:00Z", "12:30pm"],
      ["2026-11-26T00:00:00Z", "midnight"],
      ["2026-11-26T00:05:00Z", "12:05am"],
      ["2026-11-26T23:59:59Z", "11:59pm"],
    ];
    for (const [iso, shown] of times) expect([iso, formatTime(at(iso))]).toEqual([iso, shown]);
  });

  it("shows London's wall clock either side of the clock changes", () => {
    for (const [iso, shown] of AROUND_CLOCK_CHANGES) expect([iso, formatDateTime(at(iso))]).toEqual([iso, shown]);
  });

  it("reads a Temporal.Instant as it reads a Date", () => {
    for (const [iso, shown] of AROUND_CLOCK_CHANGES) expect(formatDateTime(Temporal.Instant.from(iso))).toBe(shown);
  });

  it("writes date ranges with 'to', and a shared year once", () => {
    const d = (s: string) => Temporal.PlainDate.from(s);
    expect(formatDateRange(d("2026-11-10"), d("2026-12-21"))).toBe("10 November to 21 December 2026");
    expect(formatDateRange(d("2026-12-21"), d("2027-01-04"))).toBe("21 December 2026 to 4 January 2027");
    expect(formatDateRange(d("2026-11-26"), d("2026-11-26"))).toBe("26 November 2026");
    expect(formatDateRange(at("2026-06-30T23:30:00Z"), at("2026-07-02T12:00:00Z"))).toBe("1 July to 2 July 2026");
  });

  it("gives the same words and instants whatever time zone the process runs in", () => {
    const script = fileURLToPath(new URL("./print-readings.ts", import.meta.url));
    const expected = { shown: AROUND_CLOCK_CHANGES.map(([, shown]) => shown), summerNine: "2026-07-15T08:00:00Z" };
    expect(readings()).toEqual(expected);
    const zones = { "America/New_York": 300, "Asia/Kolkata": -330, "Pacific/Auckland": -780, UTC: 0 };
    for (const [zone, januaryOffset] of Object.entries(zones)) {
      const printed = execFileSync(process.execPath, ["--import", "tsx", script], { cwd: fileURLToPath(new URL("..", import.meta.url)), env: { ...process.env, TZ: zone }, encoding: "utf8" });
      expect([zone, JSON.parse(printed)]).toEqual([zone, { januaryOffset, ...expected }]);
    }
  });
});
