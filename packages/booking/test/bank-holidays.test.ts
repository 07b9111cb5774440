import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Temporal } from "@lgp/time";
import { describe, expect, it } from "vitest";
import snapshot from "../data/bank-holidays.json" with { type: "json" };
import { bankHolidaysBetween, bankHolidaysFile, DIVISIONS, snapshotYears, type BankHolidaysFile } from "../src/bank-holidays";
import { refreshSnapshot } from "../src/cli";

const date = Temporal.PlainDate.from;
const shipped = bankHolidaysFile.parse(snapshot);

/** The snapshot cut down to one year, so every other year comes from date-holidays. */
const oneYearOf = (file: BankHolidaysFile, year: string): BankHolidaysFile =>
  Object.fromEntries(DIVISIONS.map((d) => [d, { ...file[d], events: file[d].events.filter((e) => e.date.startsWith(year)) }])) as BankHolidaysFile;

describe("bank holidays", () => {
  it("ships GOV.UK's snapshot for 2019 to 2027 in each division", () => {
    for (const name of DIVISIONS) expect(snapshotYears(name)).toEqual({ first: 2019, last: 2027 });
    const ew = bankHolidaysBetween("england-and-wales", date("2026-01-01"), date("2026-12-31"));
    expect([...ew]).toEqual([
      ["2026-01-01", "New Year’s Day"],
      ["2026-04-03", "Good Friday"],
      ["2026-04-06", "Easter Monday"],
      ["2026-05-04", "Early May bank holiday"],
      ["2026-05-25", "Spring bank holiday"],
      ["2026-08-31", "Summer bank holiday"],
      ["2026-12-25", "Christmas Day"],
      ["2026-12-28", "Boxing Day"],
    ]);
    expect(bankHolidaysBetween("scotland", date("2026-11-01"), date("2026-12-31")).get("2026-11-30")).toBe("St Andrew’s Day");
    expect(bankHolidaysBetween("northern-ireland", date("2026-07-01"), date("2026-07-31")).get("2026-07-13")).toBe("Battle of the Boyne (Orangemen’s Day)");
  });

  it("agrees with date-holidays on every date of the snapshot's years, one-off days included", () => {
    const only2019 = oneYearOf(shipped, "2019");
    for (const name of DIVISIONS) {
      const fromLibrary = bankHolidaysBetween(name, date("2020-01-01"), date("2027-12-31"), only2019);
      const fromGovUk = bankHolidaysBetween(name, date("2020-01-01"), date("2027-12-31"));
      expect([...fromLibrary.keys()], name).toEqual([...fromGovUk.keys()]);
    }
  });

  it("goes on past the snapshot with date-holidays, weekend days left out for their substitutes", () => {
    const turn = bankHolidaysBetween("england-and-wales", date("2027-12-01"), date("2028-01-31"));
    // 1 January 2028 is a Saturday: the holiday is Monday 3 January.
    expect([...turn.keys()]).toEqual(["2027-12-27", "2027-12-28", "2028-01-03"]);
    const scotland = bankHolidaysBetween("scotland", date("2028-01-01"), date("2028-01-31"));
    expect([...scotland.keys()]).toEqual(["2028-01-03", "2028-01-04"]);
    expect(bankHolidaysBetween("northern-ireland", date("2028-03-01"), date("2028-03-31")).has("2028-03-17")).toBe(true);
  });
});

describe("refreshing the snapshot from a file", () => {
  const target = () => join(mkdtempSync(join(tmpdir(), "lgp-bank-holidays-")), "bank-holidays.json");

  it("writes a GOV.UK file and says what it holds", () => {
    const to = target();
    const said = refreshSnapshot(JSON.stringify(snapshot), to);
    expect(said).toContain("england-and-wales: 75 bank holidays, 2019-01-01 to 2027-12-28");
    expect(JSON.parse(readFileSync(to, "utf8"))).toEqual(snapshot);
  });

  it("refuses a file that is not JSON, or not GOV.UK's, saying what to do", () => {
    expect(() => refreshSnapshot("<html>", target())).toThrow("That file is not JSON. Save https://www.gov.uk/bank-holidays.json as it is and try again.");
    const noScotland = { ...snapshot, scotland: undefined };
    expect(() => refreshSnapshot(JSON.stringify(noScotland), target())).toThrow("That is not a GOV.UK bank holidays file: scotland is not as expected.");
  });
});
