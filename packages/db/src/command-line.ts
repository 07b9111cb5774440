import { parseArgs, type ParseArgsConfig } from "node:util";
import { connect } from "./connect";
import { connectionWarnings } from "./connection-warnings";
import type { Database } from "./database";
import { pendingPlatformMigrations } from "./migrate";
import { platformMigrations } from "./migrations.generated";

/** A command's options, or a plain message (not a stack trace) and exit 2 when they are wrong. */
export function parseArgsOrExit<T extends ParseArgsConfig>(config: T) {
  try {
    return parseArgs(config);
  } catch (error) {
    console.error(`${(error as Error).message}. Run with "help" for usage.`);
    process.exit(2);
  }
}

export interface ConnectOptions {
  /** The command migrates the database itself (`pnpm db:migrate`), so may find it unmigrated. */
  migrating?: boolean;
}

/**
 * The database for a command, with the platform schema at this version's latest migration; or what
 * went wrong (no server, the embedded one in use, not migrated) and exit 1. Warnings about the
 * connection (a superuser's, say) go to stderr first.
 */
export async function connectOrExit(options: ConnectOptions = {}): Promise<Database> {
  let database: Database | undefined;
  try {
    database = await connect();
    for (const warning of await connectionWarnings(database)) console.warn(`Warning: ${warning}`);
    if (!options.migrating) await assertMigrated(database);
    return database;
  } catch (error) {
    console.error((error as Error).message);
    await database?.close();
    process.exit(1);
  }
}

async function assertMigrated(database: Database): Promise<void> {
  const pending = await pendingPlatformMigrations(database);
  if (pending.length === platformMigrations.length) {
    throw new Error("This database has never been migrated. Run pnpm db:migrate first, then this command again.");
  }
  if (pending.length > 0) {
    throw new Error(
      `This database lacks the platform's latest migrations (${pending.join(", ")}). Run pnpm db:migrate first, ` +
        "then this command again.",
    );
  }
}
