import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import {
  applyCouncilMigrations,
  councilMigrations,
  councilSchemaName,
  ensureRole,
  grantSchemaTo,
  platformSchema,
  quoteIdent,
  rowsOf,
  searchPathFor,
  type Database,
  type Tx,
} from "@lgp/db";
import { eq, sql } from "drizzle-orm";
import { env } from "./env";
import { InputError } from "@lgp/db";
import { listCouncils, type Council } from "./registry";

const { councils, councilHosts } = platformSchema;

const FORMAT = "lgp-council-archive/1";

/**
 * Everything a council is, in one file: its registry record, the migrations its schema had, and every
 * row of every table as JSON. Works the same on a Postgres server and on the embedded database (which
 * has no pg_dump), and restores with `restoreCouncil`.
 */
export interface CouncilArchive {
  format: typeof FORMAT;
  exportedAt: string;
  council: Omit<Council, "id" | "status" | "updatedAt" | "schemaVersion">;
  migrations: string[];
  tables: { name: string; rows: unknown[] }[];
}

export async function exportCouncil(database: Database, slug: string): Promise<CouncilArchive> {
  return database.owner.transaction(async (tx) => {
    await tx.execute(sql`set transaction isolation level repeatable read`);
    const council = (await listCouncils(tx)).find((c) => c.slug === slug);
    if (!council || council.status === "archived" || council.status === "provisioning") {
      throw new InputError(`No council with the slug "${slug}" has data to export.`);
    }
    const schema = councilSchemaName(slug);
    await tx.execute(sql`select ${searchPathFor(schema)}`);
    const migrations = rowsOf<{ tag: string }>(await tx.execute(sql.raw(`SELECT tag FROM "__migrations" ORDER BY tag`)));
    const tables = [];
    for (const name of await tablesInDependencyOrder(tx, schema)) {
      const [row] = rowsOf<{ rows: string }>(
        await tx.execute(sql.raw(`SELECT coalesce(json_agg(t), '[]')::text AS rows FROM ${quoteIdent(name)} t`)),
      );
      tables.push({ name, rows: JSON.parse(row!.rows) as unknown[] });
    }
    const { id: _id, status: _status, updatedAt: _updatedAt, schemaVersion: _version, ...record } = council;
    return { format: FORMAT, exportedAt: new Date().toISOString(), council: record, migrations: migrations.map((m) => m.tag), tables };
  });
}

export const encodeArchive = (archive: CouncilArchive): Buffer => gzipSync(JSON.stringify(archive));

export function decodeArchive(bytes: Buffer): CouncilArchive {
  let archive: CouncilArchive;
  try {
    archive = JSON.parse(gunzipSync(bytes).toString("utf8")) as CouncilArchive;
  } catch {
    throw new InputError("That file is not a council archive (it is not gzipped JSON).");
  }
  if (archive.format !== FORMAT) throw new InputError(`That file is not a council archive in the format ${FORMAT}.`);
  return archive;
}

/** Drops the council's schema and role and marks it archived. Call only with its export safely stored. */
export async function dropCouncil(database: Database, slug: string): Promise<void> {
  await database.owner.transaction(async (tx) => {
    const schema = quoteIdent(councilSchemaName(slug));
    const role = quoteIdent(database.roles.council(slug));
    await tx.execute(sql.raw(`DROP SCHEMA IF EXISTS ${schema} CASCADE`));
    await tx.execute(sql.raw(`DROP OWNED BY ${role}`));
    await tx.execute(sql.raw(`DROP ROLE ${role}`));
    const [row] = await tx.select({ id: councils.id }).from(councils).where(eq(councils.slug, slug));
    await tx.delete(councilHosts).where(eq(councilHosts.councilId, row!.id));
    await tx.update(councils).set({ status: "archived", updatedAt: new Date() }).where(eq(councils.slug, slug));
  });
}

/**
 * Brings an archived (or never-seen) council back from its archive: the schema is rebuilt to the
 * migrations it had, the rows go back with their ids, then any newer migrations run. All or nothing.
 */
export async function restoreCouncil(database: Database, archive: CouncilArchive): Promise<void> {
  const { slug } = archive.council;
  const known = new Set(councilMigrations.map((m) => m.tag));
  const unknown = archive.migrations.filter((tag) => !known.has(tag));
  if (unknown.length > 0) {
    throw new InputError(`The archive was made by a newer version of the platform (migrations ${unknown.join(", ")}).`);
  }
  await database.owner.transaction(async (tx) => {
    const [existing] = await tx.select().from(councils).where(eq(councils.slug, slug)).for("update");
    if (existing && existing.status !== "archived") {
      throw new InputError(`A council with the slug "${slug}" is ${existing.status}; only an archived council can be restored.`);
    }
    const { hosts, ...record } = archive.council;
    const [row] = existing
      ? await tx.update(councils).set({ ...record, status: "active", updatedAt: new Date() }).where(eq(councils.id, existing.id)).returning()
      : await tx.insert(councils).values({ ...record, status: "active" }).returning();
    if (hosts.length > 0) await tx.insert(councilHosts).values(hosts.map((hostname) => ({ hostname, councilId: row!.id })));

    const schema = councilSchemaName(slug);
    const role = database.roles.council(slug);
    await ensureRole(tx, role);
    await tx.execute(sql.raw(`CREATE SCHEMA ${quoteIdent(schema)}`));
    const asArchived = councilMigrations.filter((m) => archive.migrations.includes(m.tag));
    await applyCouncilMigrations(tx, slug, asArchived);
    for (const table of archive.tables) await insertRows(tx, table.name, table.rows);
    await applyCouncilMigrations(tx, slug);
    await grantSchemaTo(tx, schema, role);
  });
}

async function insertRows(tx: Tx, table: string, rows: unknown[]): Promise<void> {
  if (rows.length === 0) return;
  const name = quoteIdent(table);
  await tx.execute(
    sql`INSERT INTO ${sql.raw(name)} OVERRIDING SYSTEM VALUE SELECT * FROM json_populate_recordset(NULL::${sql.raw(name)}, ${JSON.stringify(rows)}::json)`,
  );
  const identity = rowsOf<{ column_name: string }>(
    await tx.execute(
      sql`select column_name from information_schema.columns where table_schema = current_schema() and table_name = ${table} and is_identity = 'YES'`,
    ),
  );
  for (const { column_name } of identity) {
    const column = quoteIdent(column_name);
    await tx.execute(
      sql`select setval(pg_get_serial_sequence(${name}, ${column_name}), max(${sql.raw(column)})) from ${sql.raw(name)}`,
    );
  }
}

/** Tables in an order that inserts each after those it references. */
async function tablesInDependencyOrder(tx: Tx, schema: string): Promise<string[]> {
  const tables = rowsOf<{ name: string }>(
    await tx.execute(
      sql`select table_name as name from information_schema.tables where table_schema = ${schema} and table_type = 'BASE TABLE' and table_name <> '__migrations' order by table_name`,
    ),
  ).map((t) => t.name);
  const edges = rowsOf<{ child: string; parent: string }>(
    await tx.execute(sql`
      select c.conrelid::regclass::text as child, c.confrelid::regclass::text as parent
      from pg_constraint c join pg_namespace n on n.oid = c.connamespace
      where c.contype = 'f' and n.nspname = ${schema}`),
  );
  const ordered: string[] = [];
  const visit = (table: string, path: Set<string>) => {
    if (ordered.includes(table) || path.has(table)) return;
    path.add(table);
    for (const e of edges) if (e.child.replaceAll('"', "") === table && e.parent !== e.child) visit(e.parent.replaceAll('"', ""), path);
    ordered.push(table);
  };
  for (const table of tables) visit(table, new Set());
  return ordered;
}

/**
 * Archives a council: exports it to a file (readable back before anything is dropped), then drops its
 * schema and role. Returns the file's path.
 */
export async function archiveCouncil(database: Database, slug: string, file?: string): Promise<string> {
  const archive = await exportCouncil(database, slug);
  const path = file ?? join(env.LGP_ARCHIVE_DIR, `${slug}-${archive.exportedAt.replace(/[:.]/g, "-")}.json.gz`);
  mkdirSync(join(path, ".."), { recursive: true, mode: 0o700 });
  writeFileSync(path, encodeArchive(archive), { flush: true, mode: 0o600 });
  decodeArchive(readFileSync(path)); // never drop a council whose export cannot be read back
  await dropCouncil(database, slug);
  return path;
}

/** The archive files kept, newest first. */
export function listArchives(): { file: string; bytes: number; at: Date }[] {
  let files: string[];
  try {
    files = readdirSync(env.LGP_ARCHIVE_DIR).filter((f) => f.endsWith(".json.gz"));
  } catch {
    return [];
  }
  return files
    .map((file) => {
      const s = statSync(join(env.LGP_ARCHIVE_DIR, file));
      return { file, bytes: s.size, at: s.mtime };
    })
    .sort((a, b) => b.at.getTime() - a.at.getTime());
}

/** One archive's bytes, by its bare file name (never a path a visitor could steer). */
export function readArchive(file: string): Buffer | null {
  if (basename(file) !== file || !file.endsWith(".json.gz")) return null;
  try {
    return readFileSync(join(env.LGP_ARCHIVE_DIR, file));
  } catch {
    return null;
  }
}
