import { describe, expect, it } from "vitest";
import { formatDateTime, londonToInstant, Temporal, todayInLondon, toInstant } from "../src/index";

const local = (date: string, time: string) => londonToInstant(Temporal.PlainDate.from(date), Temporal.PlainTime.from(time));

describe("London's clock and UTC instants", () => {
  it("turns London time into UTC: the same in winter, an hour earlier in summer", () => {
    expect(local("2026-01-15", "09:00").toString()).toBe("2026-01-15T09:00:00Z");
    expect(local("2026-07-15", "09:00").toString()).toBe("2026-07-15T08:00:00Z");
  });

  it("moves a time the clocks skip on the last Sunday of March on by the hour skipped", () => {
    const skipped = local("2026-03-29", "01:30");
    expect(skipped.toString()).toBe("2026-03-29T01:30:00Z");
    expect(formatDateTime(skipped)).toBe("29 March 2026 at 2:30am");
  });

  it("takes the first of a time that happens twice on the last Sunday of October, in BST", () => {
    const repeated = local("2026-10-25", "01:30");
    expect(repeated.toString()).toBe("2026-10-25T00:30:00Z");
    expect(local("2026-10-25", "02:30").toString()).toBe("2026-10-25T02:30:00Z");
  });

  it("knows the date in London, a day ahead of UTC late on a summer evening", () => {
    expect(todayInLondon(new Date("2026-06-30T23:30:00Z")).toString()).toBe("2026-07-01");
    expect(todayInLondon(new Date("2026-12-31T23:30:00Z")).toString()).toBe("2026-12-31");
  });

  it("reads a Date to the millisecond", () => {
    expect(toInstant(new Date("2026-11-26T15:04:05.678Z")).toString()).toBe("2026-11-26T15:04:05.678Z");
  });
});
