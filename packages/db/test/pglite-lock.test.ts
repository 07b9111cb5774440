import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { rowsOf } from "../src/database";
import { connectPglite } from "../src/drivers/pglite";

const dir = mkdtempSync(join(tmpdir(), "lgp-pglite-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const tryOpen = promisify(execFile);
const packageDir = resolve(import.meta.dirname, "..");
const script = `import { connectPglite } from "./src/drivers/pglite.ts";
try { await connectPglite(process.argv[1]); console.log("opened"); } catch (e) { console.log(e.message); process.exit(3); }`;

describe("the embedded database's lock", () => {
  it("refuses a second process with a message saying what to do", async () => {
    const first = await connectPglite(join(dir, "db"));
    try {
      const second = await tryOpen(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script, join(dir, "db")], { cwd: packageDir }).catch(
        (e: { code: number; stdout: string }) => e,
      );
      expect(second.stdout).toMatch(/in use by another process \(pid \d+\).*set DATABASE_URL/s);
      expect((second as { code?: number }).code).toBe(3);
    } finally {
      await first.close();
    }
  });

  it("takes over a lock left by a process that died, keeping the data", async () => {
    const path = join(dir, "db");
    const db = await connectPglite(path);
    await db.owner.execute(sql`create table kept (n int)`);
    await db.owner.execute(sql`insert into kept values (42)`);
    await db.close();
    writeFileSync(join(path, "lgp.lock"), "999999999"); // no such process
    const again = await connectPglite(path);
    try {
      expect(rowsOf(await again.owner.execute(sql`select n from kept`))).toEqual([{ n: 42 }]);
    } finally {
      await again.close();
    }
  });
});
