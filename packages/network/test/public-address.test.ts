import { describe, expect, it } from "vitest";
import { publicAddressOf, type Resolve } from "../src";

const resolvesTo = (...addresses: string[]): Resolve => async () => addresses.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));

describe("publicAddressOf", () => {
  it("gives the public address a name resolves to, to connect to that and not the name", async () => {
    expect(await publicAddressOf("smtp.example.org", { allowLocal: false, resolve: resolvesTo("93.184.215.14") })).toBe("93.184.215.14");
  });

  it("refuses a name with any address inside: this machine, private networks, cloud metadata", async () => {
    for (const inside of ["127.0.0.1", "10.1.2.3", "169.254.169.254", "::1", "::ffff:192.168.0.1"]) {
      await expect(publicAddressOf("smtp.example.org", { allowLocal: false, resolve: resolvesTo("93.184.215.14", inside) })).rejects.toThrow(
        `smtp.example.org is on a private or internal network (${inside}), so it cannot be used.`,
      );
    }
    await expect(publicAddressOf("127.0.0.1", { allowLocal: false })).rejects.toThrow(/private or internal network/);
  });

  it("says so when a name cannot be found", async () => {
    const missing: Resolve = async () => {
      throw new Error("ENOTFOUND");
    };
    await expect(publicAddressOf("nowhere.invalid", { allowLocal: false, resolve: missing })).rejects.toThrow("nowhere.invalid could not be found, so it cannot be used.");
  });

  it("lets the test suites reach their own servers on this machine", async () => {
    expect(await publicAddressOf("127.0.0.1", { allowLocal: true })).toBe("127.0.0.1");
  });
});
