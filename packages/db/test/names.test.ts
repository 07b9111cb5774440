import { describe, expect, it } from "vitest";
import { councilSchemaName, isSlug, roleNamesFor } from "../src/names";

describe("council names in Postgres", () => {
  it("accepts slugs of lowercase letters, digits and single hyphens", () => {
    for (const ok of ["kingston", "richmond-upon-thames", "k2"]) expect(isSlug(ok)).toBe(true);
    for (const bad of ["", "k", "Kingston", "1kingston", "king--ston", "kingston-", "king_ston", "a".repeat(31), "x;drop"]) {
      expect(isSlug(bad)).toBe(false);
    }
  });

  it("derives a schema and a role per council, the role scoped to the database's name", () => {
    expect(councilSchemaName("richmond-upon-thames")).toBe("council_richmond_upon_thames");
    const roles = roleNamesFor("lgp_test_x");
    expect(roles.council("kingston")).toBe("lgp_lgp_test_x_council_kingston");
    expect(roles.platform).toBe("lgp_lgp_test_x_platform");
    expect(roleNamesFor("other").council("kingston")).not.toBe(roles.council("kingston"));
    expect(roleNamesFor("a".repeat(60)).council("a".repeat(30)).length).toBeLessThanOrEqual(63);
  });

  it("names the owner role with the database's prefix, so dropping a test database's roles drops it", () => {
    const roles = roleNamesFor("lgp_test_x");
    expect(roles.owner).toBe("lgp_lgp_test_x_owner");
    expect(roles.owner.startsWith(`${roles.prefix}_`)).toBe(true);
  });

  it("refuses to derive names from a bad slug", () => {
    expect(() => councilSchemaName('x"; drop schema platform; --')).toThrow(/not a valid council slug/);
  });
});

describe("role names for long database names", () => {
  it("stay distinct when two long names share their first twenty characters", () => {
    const a = roleNamesFor("lgp_test_isolation_aaaaaaaa");
    const b = roleNamesFor("lgp_test_isolation_bbbbbbbb");
    expect(a.prefix).not.toBe(b.prefix);
    expect(a.council("a".repeat(30)).length).toBeLessThanOrEqual(63);
  });
});
