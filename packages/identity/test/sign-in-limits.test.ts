import { provisionCouncil } from "@lgp/councils";
import { connectPostgres, councilScope, platformScope, rowsOf, type Database } from "@lgp/db";
import { createMigratedTestDatabase, type MigratedTestDatabase } from "@lgp/db/testing";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { limitSignInEmail, SIGN_IN_LIMITS, SignInLimited } from "../src/sign-in-limits";

let test: MigratedTestDatabase;
let database: Database;
const SLUGS = ["ealing", "barnet", "camden"];

beforeAll(async () => {
  test = await createMigratedTestDatabase("limits");
  database = await connectPostgres(test.appUrl);
  for (const slug of SLUGS) await provisionCouncil(database, { slug, name: `Council ${slug}`, hosts: [] });
});
afterAll(async () => {
  await database?.close();
  await test?.drop();
});

const ask = (slug: string, email: string, client = `client-${Math.random()}`) => limitSignInEmail(councilScope(database, slug), platformScope(database), email, client);
const refusal = (p: Promise<void>) => p.then(() => null, (e: unknown) => e);

describe("sign-in email limits", () => {
  it(`allow ${SIGN_IN_LIMITS.perAddress} links to one address from one council, then refuse, saying how long to wait`, async () => {
    for (let i = 0; i < SIGN_IN_LIMITS.perAddress; i++) await ask("ealing", "one@example.com");
    const error = await refusal(ask("ealing", "ONE@example.com"));
    expect(error).toBeInstanceOf(SignInLimited);
    expect((error as SignInLimited).retryAfterSeconds).toBeGreaterThan(14 * 60);
  });

  it(`count one address across every council together (${SIGN_IN_LIMITS.perAddressEverywhere} in all)`, async () => {
    const email = "everywhere@example.com";
    for (let i = 0; i < SIGN_IN_LIMITS.perAddressEverywhere; i++) await ask(SLUGS[i % 2]!, email);
    // Camden has sent this address nothing, yet the platform-wide count is spent.
    expect(await refusal(ask("camden", email))).toBeInstanceOf(SignInLimited);
  });

  it("keep the platform's count under a keyed hash, never the address", async () => {
    const keys = rowsOf<{ key: string }>(await database.owner.execute(sql`select key from platform.rate_limits`)).map((r) => r.key);
    expect(keys.some((k) => k.startsWith("sign-in:everywhere:"))).toBe(true);
    expect(keys.join(" ")).not.toContain("everywhere@example.com");
  });

  it(`allow ${SIGN_IN_LIMITS.perClient} links from one client to one council, whichever addresses they name`, async () => {
    for (let i = 0; i < SIGN_IN_LIMITS.perClient; i++) await ask("barnet", `person-${i}@example.com`, "192.0.2.7");
    expect(await refusal(ask("barnet", "person-last@example.com", "192.0.2.7"))).toBeInstanceOf(SignInLimited);
    expect(await refusal(ask("barnet", "person-last@example.com", "192.0.2.8"))).toBeNull();
  });
});
