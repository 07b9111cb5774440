import { cpus, freemem, release, totalmem } from "node:os";
import { rowsOf, type Database } from "@lgp/db";
import { sql } from "drizzle-orm";

/** The machine a figure was measured on, written beside it. */
export async function describeMachine(database: Database): Promise<string> {
  const [pg] = rowsOf<{ version: string }>(await database.owner.execute(sql`select version()`));
  const cpu = cpus();
  return [
    `- CPU: ${cpu.length} × ${cpu[0]?.model ?? "unknown"}`,
    `- Memory: ${(totalmem() / 2 ** 30).toFixed(1)} GiB (${(freemem() / 2 ** 30).toFixed(1)} GiB free at start)`,
    `- OS: Linux ${release()}; Node ${process.version}`,
    `- Postgres: ${pg!.version.split(",")[0]} on 127.0.0.1`,
  ].join("\n");
}
