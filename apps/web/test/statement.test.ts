import { describe, expect, it } from "vitest";
import { enforcementOf, knownIssuesOf, statementDate } from "../src/features/site-info/statement";

describe("an accessibility statement", () => {
  it("gives its dates in words, GOV.UK style, and nothing for a date not given", () => {
    expect(statementDate("2026-11-26")).toBe("26 November 2026");
    expect(statementDate("2027-03-01")).toBe("1 March 2027");
    expect(statementDate("")).toBeNull();
  });

  it("lists the owner's non-accessible content a line each, blank lines dropped", () => {
    expect(knownIssuesOf({ knownIssues: " The map has no text alternative (1.1.1).\r\n\n  PDF forms are not tagged (1.3.1).\n" })).toEqual([
      "The map has no text alternative (1.1.1).",
      "PDF forms are not tagged (1.3.1).",
    ]);
    expect(knownIssuesOf({ knownIssues: "" })).toEqual([]);
  });

  it("sends complaints to the Equality Commission in Northern Ireland, and to the EHRC's service elsewhere", () => {
    expect(enforcementOf("northern-ireland")).toBe("northernIreland");
    for (const nation of ["england", "scotland", "wales"] as const) expect(enforcementOf(nation)).toBe("gb");
  });
});
