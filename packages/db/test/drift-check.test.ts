import { execFile } from "node:child_process";
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";

const run = promisify(execFile);
const packageDir = resolve(import.meta.dirname, "..");
let copy: string;

/** A copy of this package (sharing its node_modules) whose schema a test may change. */
function copyPackage(): string {
  copy = mkdtempSync(join(tmpdir(), "lgp-drift-"));
  for (const entry of ["src", "scripts", "migrations", "drizzle.platform.config.ts", "drizzle.council.config.ts", "package.json", "tsconfig.json"]) {
    cpSync(join(packageDir, entry), join(copy, entry), { recursive: true });
  }
  symlinkSync(join(packageDir, "node_modules"), join(copy, "node_modules"));
  return copy;
}

const check = (dir: string) =>
  run(process.execPath, ["--import", "tsx", "scripts/generate.ts", "--check"], { cwd: dir }).then(
    ({ stdout }) => ({ code: 0, out: stdout }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout + e.stderr }),
  );

afterEach(() => rmSync(copy, { recursive: true, force: true }));

describe("the drift check (pnpm db:check)", () => {
  it("passes when the schema and the committed migrations agree", async () => {
    const result = await check(copyPackage());
    expect(result).toMatchObject({ code: 0 });
    expect(result.out).toContain("Schema and migrations agree.");
  });

  it("fails when the council schema gains a column with no migration", async () => {
    const dir = copyPackage();
    const file = join(dir, "src/schema/match.ts");
    const schema = readFileSync(file, "utf8");
    expect(schema).toContain('position: integer("position")');
    writeFileSync(file, schema.replace('position: integer("position")', 'driftProbe: text("drift_probe"),\n    position: integer("position")'));
    const result = await check(dir);
    expect(result.code).toBe(1);
    expect(result.out).toContain("the council schema has changes with no migration");
  });

  it("fails when a council migration names a schema", async () => {
    const dir = copyPackage();
    appendFileSync(join(dir, "migrations/council/0000_template.sql"), '\n--> statement-breakpoint\nCREATE INDEX "x" ON "public"."categories" ("name");');
    const result = await check(dir);
    expect(result.code).toBe(1);
    expect(result.out).toContain("council migrations must use unqualified names");
  });
});
