import { describe, expect, it } from "vitest";
import { parseCsvLine } from "../src/csv";

describe("a line of the ONS's CSV", () => {
  it("splits plain and quoted fields, keeping empty ones", () => {
    expect(parseCsvLine('"KT1 1EU","",E09000021,,51.4')).toEqual(["KT1 1EU", "", "E09000021", "", "51.4"]);
  });

  it("keeps commas and doubled quotes inside quotes, and drops a trailing carriage return", () => {
    expect(parseCsvLine('"Guildhall, High Street","say ""hello""",x\r')).toEqual(["Guildhall, High Street", 'say "hello"', "x"]);
  });
});
