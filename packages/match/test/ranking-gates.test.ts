import { describe, expect, it } from "vitest";
import { exclusions, GATES, isEligible, type Gate, type RankedHelper, type RankedNeed } from "../src/ranking";
import { aHelper, aNeed, north, TODAY } from "./support/ranking";

/** Each case breaks one gate and holds every other true, so the gate named is the only one failed. */
const cases: { gate: Gate; name: string; need?: Partial<RankedNeed>; helper?: Partial<RankedHelper>; reason: RegExp }[] = [
  { gate: "category", name: "helps in other categories only", helper: { categoryIds: [8, 9] }, reason: /Does not help with Befriending visits/ },
  { gate: "vetting", name: "holds only a weaker check", helper: { checks: [{ check: "dbs_standard", recheckOn: "2027-06-01" }] }, reason: /Enhanced DBS check/ },
  { gate: "vetting", name: "holds the check, lapsed yesterday", helper: { checks: [{ check: "dbs_enhanced_barred", recheckOn: "2026-11-26" }] }, reason: /in date/ },
  { gate: "area", name: "lives beyond their radius, in another ward", helper: { ...north(6), wards: ["E05000401"] }, reason: /outside the area/ },
  { gate: "availability", name: "is free only at other times", helper: { availability: ["wed-evening"] }, reason: /not free/ },
  { gate: "availability", name: "is free on no part of the weekday of the date asked", need: { times: [], dates: ["2026-12-01"] }, helper: { availability: ["mon-morning"] }, reason: /not free/ },
  { gate: "capacity", name: "has as many active matches as they take on", helper: { capacity: 2, activeMatches: 2 }, reason: /2 active matches/ },
  { gate: "status", name: "is paused", helper: { paused: true }, reason: /paused/ },
  { gate: "status", name: "is waiting for approval", helper: { status: "submitted" }, reason: /not been approved/ },
  { gate: "preferences", name: "does not speak the resident's language", need: { language: "Polish" }, reason: /does not speak Polish/i },
  { gate: "preferences", name: "is not the gender asked for", need: { helperGender: "male" }, reason: /male helper/ },
  { gate: "preferences", name: "misses one accessibility need", need: { accessibility: ["bsl", "step_free"] }, helper: { accessibility: ["step_free"] }, reason: /does not offer bsl/i },
  { gate: "putForward", name: "has already been put forward for the need", helper: { putForwardNeedIds: [1] }, reason: /already been put forward/ },
];

describe("the hard gates", () => {
  it("lets the helper every case starts from through", () => {
    expect(exclusions(aNeed(), aHelper(), TODAY)).toEqual([]);
    expect(isEligible(aNeed(), aHelper(), TODAY)).toBe(true);
  });

  it.each(cases)("excludes a helper who $name, by the $gate gate alone", ({ gate, need, helper, reason }) => {
    const failed = exclusions(aNeed(need), aHelper(helper), TODAY);
    expect(failed.map((f) => f.gate)).toEqual([gate]);
    expect(failed[0]!.reason).toMatch(reason);
    expect(isEligible(aNeed(need), aHelper(helper), TODAY)).toBe(false);
  });

  it("lists every failed gate in the gates' order", () => {
    const failed = exclusions(aNeed({ language: "Polish" }), aHelper({ categoryIds: [], paused: true, availability: [] }), TODAY);
    expect(failed.map((f) => f.gate)).toEqual(["category", "availability", "status", "preferences"]);
    expect([...GATES].filter((g) => failed.some((f) => f.gate === g))).toEqual(failed.map((f) => f.gate));
  });

  it("lets in a helper beyond their radius who covers the need's ward, and a vetting check on its last day", () => {
    const helper = aHelper({ ...north(9), wards: ["E05000400"], checks: [{ check: "dbs_enhanced", recheckOn: TODAY }] });
    expect(exclusions(aNeed(), helper, TODAY)).toEqual([]);
  });

  it("lets in a helper free on the weekday of a date asked for, and anyone when no times are asked", () => {
    expect(exclusions(aNeed({ times: [], dates: ["2026-12-03"] }), aHelper({ availability: ["thu-evening"] }), TODAY)).toEqual([]);
    expect(exclusions(aNeed({ times: [], dates: [] }), aHelper({ availability: [] }), TODAY)).toEqual([]);
  });

  it("needs no check for a category that requires none, and matches languages whatever their case", () => {
    expect(exclusions(aNeed({ requiredCheck: "none", language: "polish" }), aHelper({ checks: [], languages: ["Polish"] }), TODAY)).toEqual([]);
  });
});
