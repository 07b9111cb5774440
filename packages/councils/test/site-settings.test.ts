import { describe, expect, it } from "vitest";
import { siteDetailsInput } from "../src/site-settings";

const details = { contactEmail: "", contactPhone: "", contactAddress: "", accessibilityContact: "", accessibilityKnownIssues: "", emailSenderName: "" };
const preparedOn = (date: string) => siteDetailsInput.safeParse({ ...details, accessibilityPreparedOn: date });

describe("the accessibility statement's date", () => {
  it("is a real date or none, since the statement shows it as words (26 November 2026)", () => {
    for (const date of ["2026-11-26", "2028-02-29", ""]) expect(preparedOn(date).success).toBe(true);
    for (const date of ["2026-02-29", "2026-04-31", "2026-13-01", "26/11/2026"]) {
      expect(preparedOn(date).error?.issues).toEqual([expect.objectContaining({ path: ["accessibilityPreparedOn"], message: "Enter a real date as YYYY-MM-DD, like 2026-11-26" })]);
    }
  });
});

describe("the accessibility statement's status and dates", () => {
  it("is partially compliant, in England, with no review date, until the council says otherwise", () => {
    const parsed = siteDetailsInput.parse({ ...details, accessibilityPreparedOn: "" });
    expect(parsed).toMatchObject({ accessibilityCompliance: "partial", nation: "england", accessibilityReviewedOn: "" });
  });

  it("takes only the model statement's three statuses and the four nations", () => {
    const parse = (extra: object) => siteDetailsInput.safeParse({ ...details, accessibilityPreparedOn: "", ...extra });
    for (const status of ["full", "partial", "none"]) expect(parse({ accessibilityCompliance: status }).success).toBe(true);
    expect(parse({ accessibilityCompliance: "mostly" }).error?.issues[0]?.message).toBe("Select how far the site meets the accessibility standard");
    expect(parse({ nation: "northern-ireland" }).success).toBe(true);
    expect(parse({ nation: "ulster" }).error?.issues[0]?.message).toBe("Select the nation the council is in");
    expect(parse({ accessibilityReviewedOn: "2026-02-30" }).success).toBe(false);
  });
});
