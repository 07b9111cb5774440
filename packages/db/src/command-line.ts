import { parseArgs, type ParseArgsConfig } from "node:util";
import { connect } from "./connect";
import type { Database } from "./database";

/** A command's options, or a plain message (not a stack trace) and exit 2 when they are wrong. */
export function parseArgsOrExit<T extends ParseArgsConfig>(config: T) {
  try {
    return parseArgs(config);
  } catch (error) {
    console.error(`${(error as Error).message}. Run with "help" for usage.`);
    process.exit(2);
  }
}

/** The database for a command, or what went wrong (no server, the embedded one in use) and exit 1. */
export async function connectOrExit(): Promise<Database> {
  try {
    return await connect();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
