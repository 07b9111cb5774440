import { provisionCouncil } from "@lgp/councils";
import { connectPostgres, councilScope, platformScope, rowsOf, type Database } from "@lgp/db";
import { createMigratedTestDatabase, type MigratedTestDatabase } from "@lgp/db/testing";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { scopedAdapter } from "../src/adapter";
import { listAudit, recordAudit } from "../src/audit";
import { acceptInvitation, createInvitation } from "../src/invitations";
import { findOrCreatePerson, grantRole, grantsOf, removeRole } from "../src/people";
import { consume } from "../src/rate-limit";

let test: MigratedTestDatabase;
let database: Database;
const kingston = () => councilScope(database, "kingston");
const richmond = () => councilScope(database, "richmond");

function pgCode(error: unknown): string | undefined {
  for (let e = error as { code?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) if (e.code) return e.code;
  return undefined;
}

beforeAll(async () => {
  test = await createMigratedTestDatabase("identity");
  database = await connectPostgres(test.appUrl);
  for (const slug of ["kingston", "richmond"]) await provisionCouncil(database, { slug, name: `Council ${slug}`, hosts: [] });
});
afterAll(async () => {
  await database?.close();
  await test?.drop();
});

describe("sessions", () => {
  it("a session made on one council is not found on another, nor on the platform", async () => {
    const adapter = scopedAdapter(kingston());
    const user = await adapter.createUser!({ id: "", email: "Staff@Kingston.example", emailVerified: new Date() });
    expect(user.email).toBe("staff@kingston.example");
    await adapter.createSession!({ sessionToken: "token-from-kingston", userId: user.id, expires: new Date(Date.now() + 3_600_000) });
    expect((await adapter.getSessionAndUser!("token-from-kingston"))?.user.email).toBe("staff@kingston.example");
    expect(await scopedAdapter(richmond()).getSessionAndUser!("token-from-kingston")).toBeNull();
    expect(await scopedAdapter(platformScope(database)).getSessionAndUser!("token-from-kingston")).toBeNull();
  });

  it("keeps only a hash of the session token", async () => {
    const rows = rowsOf<{ token_hash: string }>(await database.owner.execute(sql`select token_hash from council_kingston.sessions`));
    expect(rows.map((r) => r.token_hash)).not.toContain("token-from-kingston");
    expect(rows[0]!.token_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("removing a role ends the person's sessions", async () => {
    const scope = kingston();
    const person = await scope.run((tx) => findOrCreatePerson(tx, scope, "staff@kingston.example"));
    await scope.run((tx) => grantRole(tx, scope, person.id, "council_staff"));
    await scope.run((tx) => grantRole(tx, scope, person.id, "safeguarding_lead"));
    expect((await scope.run((tx) => grantsOf(tx, scope, person.id))).map((g) => g.role)).toEqual(["council_staff", "safeguarding_lead"]);
    await scope.run((tx) => removeRole(tx, scope, person.id, "safeguarding_lead"));
    expect(await scopedAdapter(scope).getSessionAndUser!("token-from-kingston")).toBeNull();
    expect((await scope.run((tx) => grantsOf(tx, scope, person.id))).map((g) => g.role)).toEqual(["council_staff"]);
  });
});

describe("rate limits in Postgres", () => {
  it("allows the limit, then refuses with how long to wait", async () => {
    const scope = kingston();
    const verdicts = [];
    for (let i = 0; i < 4; i++) verdicts.push(await scope.run((tx) => consume(tx, scope, "email:a", { limit: 3, windowSeconds: 900 })));
    expect(verdicts.slice(0, 3).every((v) => v.ok)).toBe(true);
    expect(verdicts[3]).toMatchObject({ ok: false });
    const last = verdicts[3] as { retryAfterSeconds: number };
    expect(last.retryAfterSeconds).toBeGreaterThan(890);
    expect(last.retryAfterSeconds).toBeLessThanOrEqual(900);
  });

  it("lets no more than the limit through when attempts arrive together", async () => {
    const scope = kingston();
    const verdicts = await Promise.all(
      Array.from({ length: 20 }, () => scope.run((tx) => consume(tx, scope, "client:1.2.3.4", { limit: 5, windowSeconds: 900 }))),
    );
    expect(verdicts.filter((v) => v.ok)).toHaveLength(5);
  });

  it("starts a new window once the old one has passed", async () => {
    const scope = kingston();
    await scope.run((tx) => consume(tx, scope, "email:b", { limit: 1, windowSeconds: 1 }));
    expect(await scope.run((tx) => consume(tx, scope, "email:b", { limit: 1, windowSeconds: 1 }))).toMatchObject({ ok: false });
    await new Promise((r) => setTimeout(r, 1100));
    expect(await scope.run((tx) => consume(tx, scope, "email:b", { limit: 1, windowSeconds: 1 }))).toEqual({ ok: true });
  });

  it("counts each council separately", async () => {
    const scope = richmond();
    expect(await scope.run((tx) => consume(tx, scope, "email:a", { limit: 3, windowSeconds: 900 }))).toEqual({ ok: true });
  });
});

describe("the audit log", () => {
  it("records events that admins can filter", async () => {
    const scope = kingston();
    await scope.run((tx) => recordAudit(tx, scope, { actor: "admin@kingston.example", action: "branding.updated", detail: { brandColour: "#0b3b6e" }, ip: "127.0.0.1" }));
    await scope.run((tx) => recordAudit(tx, scope, { actor: "other@kingston.example", action: "staff.invited", subject: "new@kingston.example" }));
    const branding = await scope.run((tx) => listAudit(tx, scope, { action: "branding.updated" }));
    expect(branding).toHaveLength(1);
    expect(branding[0]).toMatchObject({ actor: "admin@kingston.example", ip: "127.0.0.1" });
    expect(await scope.run((tx) => listAudit(tx, scope, { actor: "OTHER@" }))).toHaveLength(1);
    expect(await richmond().run((tx) => listAudit(tx, richmond(), {}))).toEqual([]);
  });

  it("cannot be changed or deleted by the council's role, nor by the owner", async () => {
    for (const statement of ["update audit_events set actor = 'someone else'", "delete from audit_events", "truncate audit_events"]) {
      const asCouncil = kingston().run((tx) => tx.execute(sql.raw(statement)));
      await expect(asCouncil, statement).rejects.toSatisfy((e) => pgCode(e) === "42501");
    }
    const asOwner = database.owner.execute(sql`update council_kingston.audit_events set actor = 'x'`);
    await expect(asOwner).rejects.toSatisfy((e) => pgCode(e) === "42501");
  });
});

describe("invitations", () => {
  it("grant the role once, and the link then stops working", async () => {
    const scope = kingston();
    const token = await scope.run((tx) => createInvitation(tx, scope, { email: "New@Kingston.example", role: "council_admin", invitedBy: "operator@platform.example" }));
    const first = await scope.run((tx) => acceptInvitation(tx, scope, token));
    expect(first).toMatchObject({ ok: true, email: "new@kingston.example", role: "council_admin" });
    expect(await scope.run((tx) => acceptInvitation(tx, scope, token))).toEqual({ ok: false, reason: "used" });
  });

  it("are useless on another council", async () => {
    const token = await kingston().run((tx) => createInvitation(tx, kingston(), { email: "x@example.com", role: "council_staff", invitedBy: "a" }));
    expect(await richmond().run((tx) => acceptInvitation(tx, richmond(), token))).toEqual({ ok: false, reason: "unknown" });
  });

  it("expire", async () => {
    const scope = kingston();
    const token = await scope.run((tx) => createInvitation(tx, scope, { email: "late@example.com", role: "council_staff", invitedBy: "a" }));
    await database.owner.execute(sql`update council_kingston.invitations set expires_at = now() - interval '1 minute' where email = 'late@example.com'`);
    expect(await scope.run((tx) => acceptInvitation(tx, scope, token))).toEqual({ ok: false, reason: "expired" });
  });
});
