import { provisionCouncil } from "@lgp/councils";
import { connectPostgres, councilScope, type Database } from "@lgp/db";
import { createMigratedTestDatabase, type MigratedTestDatabase } from "@lgp/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { issuerFetch, issuerProblem } from "../src/issuer-fetch";
import { loadOneLogin, ONE_LOGIN_ISSUERS, oneLoginProvider, saveOneLogin } from "../src/one-login";
import { isPublicAddress } from "@lgp/network";
import { saveStaffSso } from "../src/sso";

let test: MigratedTestDatabase;
let database: Database;
const scope = () => councilScope(database, "brent");

beforeAll(async () => {
  test = await createMigratedTestDatabase("idp");
  database = await connectPostgres(test.appUrl);
  await provisionCouncil(database, { slug: "brent", name: "London Borough of Brent", hosts: [] });
});
afterAll(async () => {
  await database?.close();
  await test?.drop();
});

describe("addresses an identity provider may be at", () => {
  it("refuses this machine, private and shared networks, link-local (cloud metadata), unique-local IPv6, and IPv4 inside IPv6", () => {
    for (const inside of ["127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "100.64.0.1", "169.254.169.254", "0.0.0.0", "::1", "fd00:ec2::254", "fe80::1", "::ffff:127.0.0.1", "::ffff:7f00:1", "64:ff9b::a00:1"]) {
      expect(isPublicAddress(inside), inside).toBe(false);
    }
    for (const outside of ["20.190.160.1", "8.8.8.8", "2606:4700::1111"]) expect(isPublicAddress(outside), outside).toBe(true);
  });

  it("refuses an issuer that is not https, or whose name resolves to an internal address", async () => {
    const resolvesTo = (address: string) => async () => [{ address, family: address.includes(":") ? 6 : 4 }];
    expect(await issuerProblem("http://login.example.com/tenant/v2.0", resolvesTo("20.190.160.1"))).toMatch(/must start with https/);
    expect(await issuerProblem("https://login.example.com/", resolvesTo("169.254.169.254"))).toMatch(/private or internal network \(169\.254\.169\.254\)/);
    expect(await issuerProblem("https://login.example.com/", resolvesTo("fd12::1"))).toMatch(/private or internal network/);
    expect(await issuerProblem("https://login.example.com/", resolvesTo("20.190.160.1"))).toBeNull();
  });

  it("staff sign-in cannot be saved pointing at this machine", async () => {
    const settings = { enabled: true, issuer: "https://127.0.0.1:8443/", clientId: "brent-staff", clientSecret: "secret" };
    await expect(scope().run((tx) => saveStaffSso(tx, scope(), settings))).rejects.toThrow(/private or internal network/);
    await expect(scope().run((tx) => saveStaffSso(tx, scope(), { ...settings, issuer: "http://login.example.com/" }))).rejects.toThrow(/https/);
  });

  it("every fetch checks again, on the address it connects to (a name that later resolves inside is refused)", async () => {
    await expect(issuerFetch("https://localhost:9/.well-known/openid-configuration")).rejects.toThrow(/internal address/);
    await expect(issuerFetch("http://example.com/")).rejects.toThrow(/must use https/);
  });
});

describe("GOV.UK One Login's issuer", () => {
  it("comes from the platform's configuration, not from anything a council saved", async () => {
    const pem = (await import("node:crypto")).generateKeyPairSync("ec", { namedCurve: "P-256" }).privateKey.export({ format: "pem", type: "pkcs8" }).toString();
    await scope().run((tx) => saveOneLogin(tx, scope(), { enabled: true, environment: "integration", clientId: "brent", privateKey: pem }));
    // A value smuggled into the stored settings (as an older form allowed) changes nothing.
    const stored = { ...(await scope().run((tx) => loadOneLogin(tx, scope())))!, issuerOverride: "https://idp.attacker.example/" };
    expect((await oneLoginProvider(stored)).issuer).toBe(ONE_LOGIN_ISSUERS.integration);
    expect(ONE_LOGIN_ISSUERS).toEqual({ integration: "https://oidc.integration.account.gov.uk/", production: "https://oidc.account.gov.uk/" });
  });
});
