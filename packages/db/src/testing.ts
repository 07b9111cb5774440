import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { promisify } from "node:util";
import postgres from "postgres";
import { env } from "./env";
import { roleNamesFor } from "./names";
import { createOwnerRole } from "./owner-role";

/** The server tests run against; its database is only used to create and drop throwaway ones. */
export const testServerUrl = env.TEST_DATABASE_URL;

export interface TestDatabase {
  /** A superuser's address for the database. */
  url: string;
  name: string;
  /**
   * Makes the database's owner a role that is not a superuser, as `pnpm db:owner create` does, and
   * returns its address: the app's tests run as production should. drop() removes the role too.
   */
  createOwnerRole(): Promise<string>;
  drop(): Promise<void>;
}

/** A fresh, empty database on the test server, and a way to drop it and every role made for it. */
export async function createTestDatabase(label: string): Promise<TestDatabase> {
  const name = `lgp_test_${label}_${randomBytes(4).toString("hex")}`;
  const admin = postgres(testServerUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(testServerUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    createOwnerRole: async () => (await createOwnerRole(url.toString())).url,
    drop: () => dropTestDatabase(name),
  };
}

export async function dropTestDatabase(name: string): Promise<void> {
  const admin = postgres(testServerUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    const { prefix } = roleNamesFor(name);
    // The owner role last: Postgres 16 and later keep a role while memberships it granted remain.
    const roles = await admin<{ rolname: string }[]>`
      select rolname from pg_roles where rolname like ${`${prefix}\\_%`} order by rolcanlogin, rolname`;
    for (const { rolname } of roles) await admin.unsafe(`drop role if exists "${rolname}"`);
  } finally {
    await admin.end();
  }
}

/** The SQLSTATE of a Postgres error, however deeply the drivers wrapped it. */
export function pgErrorCode(error: unknown): string | undefined {
  for (let e = error as { code?: unknown; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (typeof e.code === "string") return e.code;
  }
  return undefined;
}

export interface ProcessOutcome {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

const execFileAsync = promisify(execFile);

/**
 * Runs a TypeScript file with node in `cwd`, as a command line or a process to kill would be. Node
 * itself runs it (tsx only as its loader), so a kill lands on the process doing the work.
 */
export async function runTypeScript(cwd: string, args: string[], environment: NodeJS.ProcessEnv): Promise<ProcessOutcome> {
  try {
    const { stdout, stderr } = await execFileAsync(process.execPath, ["--import", "tsx", ...args], { cwd, env: environment });
    return { code: 0, signal: null, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; signal?: NodeJS.Signals; stdout?: string; stderr?: string };
    return { code: e.code ?? null, signal: e.signal ?? null, stdout: e.stdout ?? "", stderr: e.stderr ?? "" };
  }
}
