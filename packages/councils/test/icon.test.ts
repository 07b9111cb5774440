import { describe, expect, it } from "vitest";
import { councilIcon } from "../src/icon";

describe("a council's icon when it has no logo", () => {
  it("is its slug's initial in its own brand colours", () => {
    const svg = councilIcon({ slug: "sutton", brandColour: "#6b1d5c", brandTextColour: "#ffffff" });
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('<rect width="32" height="32" rx="4" fill="#6b1d5c"/>');
    expect(svg).toContain('fill="#ffffff">S</text>');
  });

  it("never carries markup from a colour the registry would not have accepted", () => {
    const svg = councilIcon({ slug: "kingston", brandColour: '"/><script>alert(1)</script>', brandTextColour: "red" });
    expect(svg).not.toContain("<script");
    expect(svg).toContain('fill="#1d4f91"');
    expect(svg).toContain('fill="#ffffff">K</text>');
  });
});
