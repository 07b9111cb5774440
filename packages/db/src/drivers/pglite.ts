import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import { join, resolve } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { btree_gist } from "@electric-sql/pglite/contrib/btree_gist";
import { drizzle } from "drizzle-orm/pglite";
import type { Database, Db } from "../database";
import { roleNamesFor } from "../names";

/**
 * Embedded Postgres (PGlite) for a machine with no server. Its files take one process at a time, so a
 * lock file names the process using them and a second process is refused with a clear message.
 * Without a directory the database lives in memory (tests).
 */
export async function connectPglite(dataDir?: string): Promise<Database> {
  const release = dataDir ? takeLock(resolve(dataDir)) : () => {};
  let client: PGlite;
  try {
    // Each extension a migration installs must be loaded here: PGlite has no files to find it in.
    client = await PGlite.create(dataDir ? resolve(dataDir) : undefined, { extensions: { btree_gist } });
  } catch (error) {
    release();
    throw error;
  }
  const owner = drizzle(client) as unknown as Db;
  const held = new Map<string, Promise<unknown>>();
  return {
    driver: "pglite",
    source: { pglite: client },
    owner,
    roles: roleNamesFor("postgres"),
    // One process owns the files, so an in-process queue per key is the whole lock.
    async withSessionLock(key, onWait, fn) {
      const before = held.get(key);
      if (before) onWait();
      const run = (before ?? Promise.resolve()).catch(() => {}).then(fn);
      held.set(key, run);
      try {
        return await run;
      } finally {
        if (held.get(key) === run) held.delete(key);
      }
    },
    async close() {
      await client.close();
      release();
    },
  };
}

function takeLock(dir: string): () => void {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, "lgp.lock");
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      const release = () => rmSync(path, { force: true });
      process.once("exit", release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const pid = Number(readFileSync(path, "utf8"));
      if (isAlive(pid)) {
        throw new Error(
          `The embedded database in ${dir} is in use by another process (pid ${pid}). Stop that process ` +
            "first, or set DATABASE_URL to use a Postgres server, which many processes can share.",
        );
      }
      rmSync(path, { force: true }); // left by a process that died: take it over
    }
  }
  throw new Error(`Could not lock the embedded database in ${dir}.`);
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
