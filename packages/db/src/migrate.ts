import { sql } from "drizzle-orm";
import { rowsOf, type Database, type Tx } from "./database";
import { env } from "./env";
import { faultPoint } from "./fault";
import { statementsOf, type Migration } from "./migration";
import { councilMigrations, platformMigrations } from "./migrations.generated";
import { councilSchemaName, quoteIdent, searchPathFor } from "./names";
import { ensureRole, grantSchemaTo } from "./roles";

export const RUNNER_LOCK = "lgp:migrator";

export interface MigrateOptions {
  /** Only this council (and the platform schema). */
  council?: string;
  /** One line per schema, as it finishes. */
  log?: (line: string) => void;
  /** The council template's migrations; the benchmarks add one to measure an additive change. */
  councilMigrations?: readonly Migration[];
}

export interface SchemaReport {
  schema: string;
  applied: string[];
  ms: number;
}

/**
 * Brings the platform schema and every council's schema to the latest migration. Each schema migrates
 * in one transaction with its own ledger, so a run killed at any point leaves each schema either as it
 * was or fully migrated, and the next run carries on. A session lock keeps two runners from interleaving.
 */
export async function migrate(database: Database, options: MigrateOptions = {}): Promise<SchemaReport[]> {
  const log = options.log ?? (() => {});
  return database.withSessionLock(
    RUNNER_LOCK,
    () => log("Another migrator is running; waiting for it to finish."),
    async () => {
      const reports = [await migratePlatform(database, log)];
      for (const slug of await councilsToMigrate(database, options.council)) {
        const started = performance.now();
        const applied = await database.owner.transaction(async (tx) => {
          // Puts right a role made before temporary tables were withheld, or for an earlier owner.
          await ensureRole(tx, database.roles.council(slug));
          return applyCouncilMigrations(tx, slug, options.councilMigrations ?? councilMigrations);
        });
        const report = { schema: councilSchemaName(slug), applied, ms: performance.now() - started };
        log(describe(`council ${slug}`, report));
        reports.push(report);
      }
      return reports;
    },
  );
}

async function migratePlatform(database: Database, log: (line: string) => void): Promise<SchemaReport> {
  const started = performance.now();
  const applied = await database.owner.transaction(async (tx) => {
    await tx.execute(sql.raw(`CREATE SCHEMA IF NOT EXISTS "platform"`));
    await installExtensions(tx);
    const done = await applyPending(tx, "platform", platformMigrations);
    await ensureRole(tx, database.roles.platform);
    await grantSchemaTo(tx, "platform", database.roles.platform);
    return done;
  });
  const report = { schema: "platform", applied, ms: performance.now() - started };
  log(describe("platform", report));
  return report;
}

/**
 * The extensions council migrations rely on, once per database, in a schema of their own: council
 * schemas hold only their own tables, and their migrations name no schema. btree_gist lets an exclusion
 * constraint compare bookables' ids (a gist index finds its default operator classes in any schema).
 */
async function installExtensions(tx: Tx): Promise<void> {
  await tx.execute(sql.raw(`CREATE SCHEMA IF NOT EXISTS "extensions"`));
  await tx.execute(sql.raw(`CREATE EXTENSION IF NOT EXISTS "btree_gist" WITH SCHEMA "extensions"`));
}

/** The platform migrations this database lacks: all of them when it was never migrated. */
export async function pendingPlatformMigrations(database: Database): Promise<string[]> {
  const [ledger] = rowsOf<{ found: boolean }>(
    await database.owner.execute(sql`select to_regclass('platform."__migrations"') is not null as found`),
  );
  const done = ledger!.found
    ? new Set(rowsOf<{ tag: string }>(await database.owner.execute(sql`select tag from platform."__migrations"`)).map((r) => r.tag))
    : new Set<string>();
  return platformMigrations.filter((m) => !done.has(m.tag)).map((m) => m.tag);
}

async function councilsToMigrate(database: Database, only?: string): Promise<string[]> {
  const rows = rowsOf<{ slug: string }>(
    await database.owner.execute(
      sql`select slug from platform.councils where status in ('active', 'suspended') order by slug`,
    ),
  );
  const slugs = rows.map((r) => r.slug);
  if (only === undefined) return slugs;
  if (!slugs.includes(only)) throw new Error(`No active or suspended council has the slug "${only}".`);
  return [only];
}

/** Applies the pending council migrations inside the caller's transaction (also used by provisioning). */
export async function applyCouncilMigrations(
  tx: Tx,
  slug: string,
  migrations: readonly Migration[] = councilMigrations,
): Promise<string[]> {
  const schema = councilSchemaName(slug);
  await tx.execute(sql`select ${searchPathFor(schema)}`);
  return applyPending(tx, schema, migrations, slug);
}

async function applyPending(tx: Tx, schema: string, migrations: readonly Migration[], slug?: string): Promise<string[]> {
  const applied = await applyMissing(tx, schema, migrations, slug);
  if (slug && applied.length > 0) {
    // The registry shows operators each council's version; written here, in the same transaction.
    await tx.execute(sql`update platform.councils set schema_version = ${applied[applied.length - 1]!} where slug = ${slug}`);
  }
  return applied;
}

async function applyMissing(tx: Tx, schema: string, migrations: readonly Migration[], slug?: string): Promise<string[]> {
  const ledger = `${quoteIdent(schema)}."__migrations"`;
  await tx.execute(sql`select set_config('lock_timeout', ${`${env.LGP_LOCK_TIMEOUT_SECONDS}s`}, true)`);
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`lgp:schema:${schema}`}, 0))`);
  await tx.execute(
    sql.raw(
      `CREATE TABLE IF NOT EXISTS ${ledger} (tag text PRIMARY KEY, hash text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`,
    ),
  );
  const done = new Map(
    rowsOf<{ tag: string; hash: string }>(await tx.execute(sql.raw(`SELECT tag, hash FROM ${ledger}`))).map((r) => [
      r.tag,
      r.hash,
    ]),
  );
  const applied: string[] = [];
  for (const migration of migrations) {
    const recorded = done.get(migration.tag);
    if (recorded !== undefined) {
      if (recorded !== migration.hash) {
        throw new Error(
          `Migration ${migration.tag} in ${schema} was changed after it was applied. Write a new migration instead.`,
        );
      }
      continue;
    }
    for (const statement of statementsOf(migration)) {
      await tx.execute(sql.raw(statement));
      if (slug) faultPoint(`migrate:${slug}:statement`);
    }
    await tx.execute(sql`insert into ${sql.raw(ledger)} (tag, hash) values (${migration.tag}, ${migration.hash})`);
    applied.push(migration.tag);
  }
  return applied;
}

function describe(name: string, report: SchemaReport): string {
  const ms = `${Math.round(report.ms)} ms`;
  return report.applied.length === 0
    ? `${name}: up to date (${ms})`
    : `${name}: applied ${report.applied.join(", ")} (${ms})`;
}
