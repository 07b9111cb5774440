import { Temporal } from "@lgp/time";
import { describe, expect, it } from "vitest";
import { readStatementDates, withStatementDates } from "../src/features/admin/statement-dates";

const today = Temporal.PlainDate.from("2026-11-27");
const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
};
const prepared = (day: string, month: string, year: string) => ({ "accessibilityPreparedOn-day": day, "accessibilityPreparedOn-month": month, "accessibilityPreparedOn-year": year });
const reviewed = (day: string, month: string, year: string) => ({ "accessibilityReviewedOn-day": day, "accessibilityReviewedOn-month": month, "accessibilityReviewedOn-year": year });

describe("the accessibility statement's dates, as typed in the admin's date inputs", () => {
  it("become ISO dates, months in words accepted; left empty, they are none", () => {
    expect(readStatementDates(form({ ...prepared("26", "11", "2026"), ...reviewed("27", "Nov", "2026") }), today)).toEqual({
      dates: { accessibilityPreparedOn: "2026-11-26", accessibilityReviewedOn: "2026-11-27" },
      errors: [],
    });
    expect(readStatementDates(form({ ...prepared("", " ", ""), ...reviewed("", "", "") }), today)).toEqual({ dates: { accessibilityPreparedOn: "", accessibilityReviewedOn: "" }, errors: [] });
  });

  it("are refused in GOV.UK's words, each error on the first field at fault so the summary links there", () => {
    const { errors } = readStatementDates(form({ ...prepared("31", "4", "2026"), ...reviewed("1", "", "") }), today);
    expect(errors).toEqual([
      { field: "accessibilityPreparedOn-day", message: "The date the statement was prepared must be a real date" },
      { field: "accessibilityReviewedOn-month", message: "The date the statement was last reviewed must include a month and year" },
    ]);
  });

  it("cannot be in the future, and a review cannot come before the statement was prepared", () => {
    expect(readStatementDates(form(prepared("28", "11", "2026")), today).errors).toEqual([
      { field: "accessibilityPreparedOn-day", message: "The date the statement was prepared must be today or in the past" },
    ]);
    expect(readStatementDates(form({ ...prepared("26", "11", "2026"), ...reviewed("1", "11", "2026") }), today).errors).toEqual([
      { field: "accessibilityReviewedOn-day", message: "The date the statement was last reviewed must be the same as or after 26 November 2026 (when the statement was prepared)" },
    ]);
  });
});

describe("the branding form as the procedure takes it", () => {
  it("has each date as one ISO field in place of its three, every other field as sent", () => {
    const sent = withStatementDates(form({ name: "Ealing", ...prepared("26", "11", "2026"), ...reviewed("", "", "") }), { accessibilityPreparedOn: "2026-11-26", accessibilityReviewedOn: "" });
    expect([...sent.entries()]).toEqual([
      ["name", "Ealing"],
      ["accessibilityPreparedOn", "2026-11-26"],
      ["accessibilityReviewedOn", ""],
    ]);
  });
});
