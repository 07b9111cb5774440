import { councilMigrations, migrate, rowsOf, type Database } from "@lgp/db";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { extraMigrations, MIGRATION_GATE } from "./fixtures/run";
import { councilWithCategories, runFixture, usePostgres } from "./helpers";

const slugs = ["mig-a", "mig-b", "mig-c", "mig-d"];

async function ledger(database: Database, slug: string): Promise<string[]> {
  const rows = rowsOf<{ tag: string }>(
    await database.owner.execute(sql.raw(`select tag from "council_${slug.replaceAll("-", "_")}"."__migrations" order by tag`)),
  );
  return rows.map((r) => r.tag);
}

async function hasTable(database: Database, slug: string, table: string): Promise<boolean> {
  const [row] = rowsOf<{ found: string | null }>(
    await database.owner.execute(sql`select to_regclass(${`council_${slug.replaceAll("-", "_")}.${table}`})::text as found`),
  );
  return row!.found !== null;
}

async function until(done: () => Promise<boolean>): Promise<void> {
  for (let tries = 0; !(await done()); tries++) {
    if (tries > 600) throw new Error("Gave up waiting.");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe("the migrator", () => {
  const harness = usePostgres("migrate", { fromEmpty: true });
  const all = (extra: number) => [...councilMigrations, ...extraMigrations(extra)].map((m) => m.tag).sort();

  it("sets up councils at the template's latest version", async () => {
    for (const slug of slugs) await councilWithCategories(harness.database, slug);
    for (const slug of slugs) expect(await ledger(harness.database, slug)).toEqual(all(0));
  });

  it("killed part-way through a council, then re-run, leaves every council at the latest version", async () => {
    const killed = await runFixture(harness.url, ["migrate", "1"], { LGP_KILL_AT: "migrate:mig-c:statement" });
    expect(killed.signal).toBe("SIGKILL");
    // Councils before the kill finished; the one being migrated was rolled back whole, not half-applied.
    expect(await ledger(harness.database, "mig-a")).toEqual(all(1));
    expect(await ledger(harness.database, "mig-c")).toEqual(all(0));
    expect(await hasTable(harness.database, "mig-c", "extra_0")).toBe(false);

    const rerun = await runFixture(harness.url, ["migrate", "1"]);
    expect(rerun.code).toBe(0);
    for (const slug of slugs) {
      expect(await ledger(harness.database, slug)).toEqual(all(1));
      expect(await hasTable(harness.database, slug, "extra_0")).toBe(true);
    }
  });

  it("two migrators do not interleave: one started while another runs waits, then finds nothing to do", async () => {
    // The new migration waits at a gate this test holds shut, so the first migrator is mid-migration
    // (holding its lock) when the second starts, and is let go only once the second waits for that lock:
    // however slowly this machine starts processes. No lock timeout: the gate stays shut that long.
    const env = { LGP_LOCK_TIMEOUT_SECONDS: "600" };
    const waitingForLocks = async () =>
      rowsOf<{ waiting: number }>(
        await harness.database.owner.execute(sql`select count(*)::int as waiting from pg_locks where locktype = 'advisory' and not granted and database = (select oid from pg_database where datname = current_database())`),
      )[0]!.waiting;
    const [running, second] = await harness.database.withSessionLock(MIGRATION_GATE, () => {}, async () => {
      const first = runFixture(harness.url, ["migrate", "2", "gate"], env);
      await until(async () => (await waitingForLocks()) === 1); // the first, at the gate
      const next = runFixture(harness.url, ["migrate", "2", "gate"], env);
      await until(async () => (await waitingForLocks()) === 2); // and the second, for the migrator's lock
      return [first, next];
    });
    const [runner, waiter] = await Promise.all([running, second]);
    expect(runner.code).toBe(0);
    expect(waiter.code).toBe(0);
    expect(waiter.stdout).toContain("Another migrator is running; waiting");
    const times = (out: string) => out.trim().split("\n").filter((l) => l.includes("council ")).map((l) => Number(l.split(" ")[0]));
    expect(Math.min(...times(waiter.stdout))).toBeGreaterThanOrEqual(Math.max(...times(runner.stdout)));
    expect(runner.stdout).toMatch(/council mig-a: applied 9001_extra_1/);
    expect(waiter.stdout).toMatch(/council mig-a: up to date/);
    for (const slug of slugs) expect(await ledger(harness.database, slug)).toEqual(all(2));
  });

  it("--council targets one council only", async () => {
    const three = [...councilMigrations, ...extraMigrations(3)];
    const reports = await migrate(harness.database, { council: "mig-b", councilMigrations: three });
    expect(reports.map((r) => r.schema)).toEqual(["platform", "council_mig_b"]);
    expect(await ledger(harness.database, "mig-b")).toEqual(all(3));
    expect(await ledger(harness.database, "mig-a")).toEqual(all(2));
  });

  it("names an unknown council plainly", async () => {
    await expect(migrate(harness.database, { council: "nowhere" })).rejects.toThrow('No active or suspended council has the slug "nowhere"');
  });

  it("refuses a migration whose text changed after it was applied", async () => {
    const changed = [...councilMigrations, ...extraMigrations(3)].map((m) => (m.tag === "9000_extra_0" ? { ...m, hash: "edited" } : m));
    await expect(migrate(harness.database, { councilMigrations: changed })).rejects.toThrow(/9000_extra_0 .* was changed after it was applied/);
  });
});
