import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { promisify } from "node:util";
import { createOwnerRole } from "./owner-role";
import { env } from "./env";
import { admin, dropDatabase, testServerUrl, urlOf } from "./test-server";
import { copyTemplate, prepareInPlace, type TestTemplate } from "./test-templates";

export { databaseSnapshot } from "./test-snapshot";
export type { TestTemplate } from "./test-templates";

export { testServerUrl };

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

const newName = (label: string) => `lgp_test_${label}_${randomBytes(4).toString("hex")}`;

async function createEmptyDatabase(name: string): Promise<void> {
  const server = admin();
  try {
    await server.unsafe(`create database "${name}"`);
  } finally {
    await server.end();
  }
}

/**
 * A fresh, empty database on the test server, and a way to drop it and every role made for it: for tests
 * of migrating, or of setting a database up, from nothing. Others start from createMigratedTestDatabase.
 */
export async function createTestDatabase(label: string): Promise<TestDatabase> {
  const name = newName(label);
  await createEmptyDatabase(name);
  return {
    url: urlOf(name),
    name,
    createOwnerRole: async () => (await createOwnerRole(urlOf(name))).url,
    drop: () => dropTestDatabase(name),
  };
}

/** The platform schema migrated, and nothing else. */
export const migratedTemplate: TestTemplate = { name: "migrated" };

export interface MigratedTestDatabase {
  /** A superuser's address for the database. */
  url: string;
  /** The address to run the platform with: the owner role's when asked for (see createOwnerRole), else `url`. */
  appUrl: string;
  name: string;
  drop(): Promise<void>;
}

/**
 * A database as `template` describes (migrated, then prepared), owned by a role that is not a superuser
 * when `owner` is set, as production runs. Under vitest it is a copy of the run's template database,
 * made once (test-templates.ts); elsewhere, or with `fromEmpty`, it is migrated and prepared from empty,
 * to the same end (which is how a test holds a template's copies to account: databaseSnapshot).
 */
export async function createMigratedTestDatabase(
  label: string,
  options: { template?: TestTemplate; owner?: boolean; fromEmpty?: boolean } = {},
): Promise<MigratedTestDatabase> {
  const { template = migratedTemplate, owner = false, fromEmpty = false } = options;
  const name = newName(label);
  const run = env.LGP_TEST_TEMPLATE_RUN;
  let appUrl: string;
  try {
    if (run && !fromEmpty) {
      appUrl = await copyTemplate(run, template, name, owner);
    } else {
      await createEmptyDatabase(name);
      appUrl = await prepareInPlace(name, template, owner);
    }
  } catch (error) {
    await dropTestDatabase(name);
    throw error;
  }
  return { url: urlOf(name), appUrl, name, drop: () => dropTestDatabase(name) };
}

export const dropTestDatabase = dropDatabase;

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
