import { resolve } from "node:path";
import { connectPostgres, platformScope, type Database } from "@lgp/db";
import { createMigratedTestDatabase, runTypeScript, type MigratedTestDatabase } from "@lgp/db/testing";
import { afterAll, beforeAll, expect, it } from "vitest";
import { listAudit } from "../src/audit";

let test: MigratedTestDatabase;
let database: Database;

beforeAll(async () => {
  test = await createMigratedTestDatabase("opcli");
  database = await connectPostgres(test.appUrl);
});
afterAll(async () => {
  await database?.close();
  await test?.drop();
});

const operator = (...args: string[]) => runTypeScript(resolve(import.meta.dirname, ".."), ["src/cli.ts", ...args], { ...process.env, DATABASE_URL: test.url });

it("`pnpm operator email` audits what changed, and never the secret", async () => {
  expect((await operator("email", "smtp", "--host", "smtp.example.gov.uk", "--port", "587", "--user", "lgp", "--password", "pa55word-secret", "--from", "noreply@example.gov.uk")).code).toBe(0);
  expect((await operator("email", "smtp", "--host", "smtp2.example.gov.uk", "--port", "587", "--user", "lgp", "--from", "noreply@example.gov.uk")).code).toBe(0);
  const scope = platformScope(database);
  const [latest, first] = await scope.run((tx) => listAudit(tx, scope, { action: "email.updated" }));
  expect(latest!.detail).toMatchObject({ before: { host: "smtp.example.gov.uk" }, after: { host: "smtp2.example.gov.uk" }, secrets: { password: "unchanged" } });
  expect(first!.detail).toMatchObject({ before: { transport: "outbox" }, after: { transport: "smtp", host: "smtp.example.gov.uk" }, secrets: { password: "changed" } });
  expect(JSON.stringify([latest, first])).not.toContain("pa55word");
});
