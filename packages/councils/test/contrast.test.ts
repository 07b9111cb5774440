import { describe, expect, it } from "vitest";
import { checkBranding } from "../src/branding";
import { contrastRatio } from "../src/contrast";

const ok = { brandColour: "#0b3b6e", brandTextColour: "#ffffff", linkColour: "#0b5cab" };

describe("the brand colour contrast check (WCAG 2.2 AA, 4.5:1 for text)", () => {
  it("computes known ratios", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#ffffff", "#ffffff")).toBeCloseTo(1, 5);
  });

  it("accepts the darkest grey just over the boundary (#767676 on white, 4.54:1)", () => {
    expect(contrastRatio("#767676", "#ffffff")).toBeGreaterThanOrEqual(4.5);
    expect(checkBranding({ ...ok, brandColour: "#767676", linkColour: "#767676" })).toEqual({});
  });

  it("rejects the grey just under it (#777777 on white, 4.47:1), naming the ratio found and the minimum", () => {
    expect(contrastRatio("#777777", "#ffffff")).toBeLessThan(4.5);
    const errors = checkBranding({ ...ok, brandColour: "#777777", linkColour: "#777777" });
    expect(errors.brandColour).toContain("has a contrast ratio of 4.47:1 with its text colour #ffffff");
    expect(errors.brandColour).toContain("at least 4.5:1");
    expect(errors.linkColour).toContain("4.47:1 with the page background #ffffff");
  });

  it("checks the brand colour against its own text colour, whichever it is", () => {
    expect(checkBranding({ ...ok, brandColour: "#ffdd00", brandTextColour: "#0b0c0c" })).toEqual({});
    expect(checkBranding({ ...ok, brandColour: "#ffdd00", brandTextColour: "#ffffff" }).brandColour).toMatch(/1\.\d\d:1/);
  });

  it("refuses what is not a colour", () => {
    expect(checkBranding({ ...ok, linkColour: "blue" }).linkColour).toBe("Link colour must be a colour in the form #1d70b8.");
  });
});
