import { describe, expect, it } from "vitest";
import { matchHost, normaliseHost } from "../src/hosts";
import { provisionCouncil } from "../src/provision";
import { suspendCouncil } from "../src/lifecycle";
import { RegistryCache } from "../src/registry";
import { usePostgres } from "./helpers";

describe("matching a host", () => {
  const platform = "councils.example.net";

  it("normalises case, port and a trailing dot, and rejects what is not a hostname", () => {
    expect(normaliseHost("Kingston.Councils.Example.NET.:3000")).toBe("kingston.councils.example.net");
    expect(normaliseHost("evil.com/path")).toBeNull();
    expect(normaliseHost("")).toBeNull();
  });

  it("knows the platform host and its www", () => {
    expect(matchHost(platform, platform)).toEqual({ kind: "platform" });
    expect(matchHost(`www.${platform}`, platform)).toEqual({ kind: "platform" });
  });

  it("reads a slug from a subdomain, but never a reserved word or a deeper subdomain", () => {
    expect(matchHost(`kingston.${platform}`, platform)).toEqual({ kind: "council-slug", slug: "kingston" });
    expect(matchHost(`admin.${platform}`, platform)).toEqual({ kind: "unknown" });
    expect(matchHost(`api.${platform}`, platform)).toEqual({ kind: "unknown" });
    expect(matchHost(`a.kingston.${platform}`, platform)).toEqual({ kind: "unknown" });
  });

  it("treats any other host as a council's own domain, to be looked up", () => {
    expect(matchHost("www.kingston.gov.uk", platform)).toEqual({ kind: "council-domain", host: "www.kingston.gov.uk" });
  });
});

describe("resolving a host to a council", () => {
  const harness = usePostgres("hosts");
  const cache = () => new RegistryCache(harness.database, "localhost");

  it("finds a council by its own domain and by its subdomain", async () => {
    await provisionCouncil(harness.database, { slug: "barnet", name: "London Borough of Barnet", hosts: ["www.barnet.example"] });
    const byDomain = await cache().resolve("WWW.BARNET.EXAMPLE");
    const bySlug = await cache().resolve("barnet.localhost:3000");
    expect(byDomain.kind === "council" && byDomain.council.slug).toBe("barnet");
    expect(bySlug.kind === "council" && bySlug.council.slug).toBe("barnet");
  });

  it("says unknown for a host where no council lives, and for a reserved word", async () => {
    expect(await cache().resolve("nobody.localhost")).toEqual({ kind: "unknown" });
    expect(await cache().resolve("www.nowhere.example")).toEqual({ kind: "unknown" });
    expect(await cache().resolve("admin.localhost")).toEqual({ kind: "unknown" });
    expect(await cache().resolve(null)).toEqual({ kind: "unknown" });
  });

  it("says unavailable for a suspended council", async () => {
    await suspendCouncil(harness.database, "barnet");
    const site = await cache().resolve("www.barnet.example");
    expect(site.kind === "unavailable" && site.council.slug).toBe("barnet");
  });
});
