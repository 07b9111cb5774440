import { resolve } from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectPostgres } from "../src/drivers/postgres";
import { platformMigrations } from "../src/migrations.generated";
import { createTestDatabase, runTypeScript, type TestDatabase } from "../src/testing";

const packageDir = resolve(import.meta.dirname, "..");
const command = `import { connectOrExit } from "./src/command-line.ts";
const database = await connectOrExit();
console.log("connected");
await database.close();`;

const runCommand = (url: string) =>
  runTypeScript(packageDir, ["--input-type=module", "-e", command], { ...process.env, DATABASE_URL: url });
const runMigrate = (url: string) => runTypeScript(packageDir, ["src/cli/migrate.ts"], { ...process.env, DATABASE_URL: url });

describe("a command's connection (connectOrExit)", () => {
  let test: TestDatabase;
  let ownerUrl: string;
  beforeAll(async () => {
    test = await createTestDatabase("command");
    ownerUrl = await test.createOwnerRole();
  });
  afterAll(() => test?.drop());

  it("stops on a database never migrated, saying to run pnpm db:migrate first (exit 1)", async () => {
    const result = await runCommand(ownerUrl);
    expect(result).toMatchObject({ code: 1, stdout: "" });
    expect(result.stderr.trim()).toBe("This database has never been migrated. Run pnpm db:migrate first, then this command again.");
  });

  it("lets pnpm db:migrate itself migrate that database, after which commands run", async () => {
    const migrated = await runMigrate(ownerUrl);
    expect(migrated.code).toBe(0);
    expect(migrated.stdout).toContain("Done: 1 schemas checked");
    expect(await runCommand(ownerUrl)).toMatchObject({ code: 0, stdout: "connected\n", stderr: "" });
  });

  it("warns on stderr when it connects as a superuser, and carries on", async () => {
    const result = await runCommand(test.url);
    expect(result).toMatchObject({ code: 0, stdout: "connected\n" });
    expect(result.stderr).toMatch(/^Warning: Connected to Postgres as \w+, a superuser\./);
  });

  it("stops on a database missing the latest platform migration, naming it (exit 1)", async () => {
    const latest = platformMigrations.at(-1)!.tag;
    const database = await connectPostgres(ownerUrl, { max: 1 });
    await database.owner.execute(sql`delete from platform."__migrations" where tag = ${latest}`).finally(() => database.close());
    const result = await runCommand(ownerUrl);
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(`This database lacks the platform's latest migrations (${latest}). Run pnpm db:migrate first, then this command again.`);
  });
});
