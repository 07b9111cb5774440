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
