import { describe, expect, it } from "vitest";
import { openFields, sealFields } from "../src/fields";
import { mask, open, seal } from "../src/seal";

describe("sealed secrets", () => {
  it("round-trips, and never stores the plaintext", () => {
    const sealed = seal("smtp-password-123", "council:kingston:email.smtp.password");
    expect(sealed).not.toContain("smtp-password-123");
    expect(open(sealed, "council:kingston:email.smtp.password")).toBe("smtp-password-123");
  });

  it("seals the same secret differently each time", () => {
    expect(seal("x", "c")).not.toBe(seal("x", "c"));
  });

  it("will not open in another council's settings", () => {
    const sealed = seal("notify-key", "council:kingston:email.notify.apiKey");
    expect(() => open(sealed, "council:richmond:email.notify.apiKey")).toThrow(/sealed for somewhere else/);
  });

  it("will not open once tampered with", () => {
    const sealed = seal("notify-key", "c");
    const tampered = `${sealed.slice(0, -2)}${sealed.endsWith("A") ? "B" : "A"}A`;
    expect(() => open(tampered, "c")).toThrow();
  });

  it("shows only the last four characters", () => {
    expect(mask("abcdefgh1234")).toBe("••••1234");
    expect(mask("abc")).toBe("••••");
  });
});

describe("sealed settings fields", () => {
  it("keep the stored secret when a save leaves the field empty or out altogether", () => {
    const stored = sealFields({ clientId: "a", clientSecret: "s3cret" }, ["clientSecret"], "c").sealed;
    for (const saved of [{ clientId: "b", clientSecret: "" }, { clientId: "b" }]) {
      const { sealed, missing } = sealFields(saved, ["clientSecret"], "c", stored);
      expect(missing).toEqual([]);
      expect(openFields(sealed, ["clientSecret"], "c")).toEqual({ clientId: "b", clientSecret: "s3cret" });
    }
    expect(sealFields({ clientId: "b" }, ["clientSecret"], "c").missing).toEqual(["clientSecret"]);
  });
});
