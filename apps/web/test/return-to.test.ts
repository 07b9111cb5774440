import { describe, expect, it } from "vitest";
import { safeReturnTo, signInPath } from "../src/server/return-to";

describe("where a person returns to after signing in", () => {
  it("is a path on this site, with its query and fragment", () => {
    expect(safeReturnTo("/admin")).toBe("/admin");
    expect(safeReturnTo("/admin/audit?actor=ann&page=2")).toBe("/admin/audit?actor=ann&page=2");
    expect(safeReturnTo("/help#befriending")).toBe("/help#befriending");
  });

  it("stays on this site when the path climbs or is encoded", () => {
    expect(safeReturnTo("/admin/../operator")).toBe("/operator");
    expect(safeReturnTo("/%2F%2Fevil.example")).toBe("/%2F%2Fevil.example");
  });

  it("is never another site, however the address is dressed", () => {
    for (const offSite of [
      "//evil.example",
      "//evil.example/admin",
      "/\\evil.example",
      "\\\\evil.example",
      "/\t/evil.example",
      "/\n/evil.example",
      "https://evil.example/admin",
      "http:evil.example",
      "javascript:alert(1)",
      "evil.example",
      "admin",
      " /admin",
      "",
    ]) {
      expect(safeReturnTo(offSite), JSON.stringify(offSite)).toBeNull();
    }
  });

  it("is nothing for what is not text", () => {
    expect(safeReturnTo(undefined)).toBeNull();
    expect(safeReturnTo(["/admin"])).toBeNull();
    expect(safeReturnTo(`/${"a".repeat(2000)}`)).toBeNull();
  });
});

describe("the sign-in page's address", () => {
  it("carries the page to come back to", () => {
    expect(signInPath("/admin/audit?page=2")).toBe("/sign-in?returnTo=%2Fadmin%2Faudit%3Fpage%3D2");
  });

  it("carries nothing off-site, nor the pages signing in leads to anyway", () => {
    expect(signInPath("//evil.example")).toBe("/sign-in");
    expect(signInPath("/")).toBe("/sign-in");
    expect(signInPath("/account")).toBe("/sign-in");
    expect(signInPath(null)).toBe("/sign-in");
  });
});
