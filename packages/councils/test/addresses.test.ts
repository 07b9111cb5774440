import { afterEach, describe, expect, it, vi } from "vitest";

/** addresses.ts under a given environment (it reads configuration once, as the app does at start). */
async function addressesWith(env: Record<string, string | undefined>) {
  vi.resetModules();
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
  return import("../src/addresses");
}
afterEach(() => vi.unstubAllEnvs());

const kingston = { slug: "kingston", hosts: ["www.kingston.gov.uk", "kingston.gov.uk"] };

describe("site addresses", () => {
  it("are https on the scheme's own port for a public platform host", async () => {
    const { councilAddress, platformAddress } = await addressesWith({ PLATFORM_HOST: "Councils.Example.", PORT: "3000", PLATFORM_SCHEME: undefined, PLATFORM_PORT: undefined });
    expect(platformAddress()).toBe("https://councils.example");
    expect(councilAddress(kingston)).toBe("https://www.kingston.gov.uk");
    expect(councilAddress({ slug: "sutton", hosts: [] })).toBe("https://sutton.councils.example");
  });

  it("keep a person on the registered host they used, and never take one that is not registered", async () => {
    const { councilAddress } = await addressesWith({ PLATFORM_HOST: "councils.example" });
    expect(councilAddress(kingston, "kingston.gov.uk")).toBe("https://kingston.gov.uk");
    expect(councilAddress(kingston, "kingston.councils.example")).toBe("https://kingston.councils.example");
    expect(councilAddress(kingston, "attacker.example")).toBe("https://www.kingston.gov.uk");
  });

  it("are http on the server's port for a *.localhost platform, unless configured otherwise", async () => {
    const local = await addressesWith({ PLATFORM_HOST: "localhost", PORT: "3100", PLATFORM_SCHEME: undefined, PLATFORM_PORT: undefined });
    expect(local.platformAddress()).toBe("http://localhost:3100");
    const behindProxy = await addressesWith({ PLATFORM_HOST: "localhost", PORT: "3100", PLATFORM_SCHEME: "https", PLATFORM_PORT: "443" });
    expect(behindProxy.councilAddress({ slug: "sutton", hosts: [] })).toBe("https://sutton.localhost");
  });
});
