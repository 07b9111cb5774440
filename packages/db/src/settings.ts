import { eq } from "drizzle-orm";
import type { Tx } from "./database";
import type { IdentityTables } from "./scope";

type SettingsTable = IdentityTables["settings"];

/** One setting of a council (or the platform) by key; its shape is the caller's to check. */
export async function readSetting(tx: Tx, table: SettingsTable, key: string): Promise<Record<string, unknown> | undefined> {
  const [row] = await tx.select().from(table).where(eq(table.key, key));
  return row?.value as Record<string, unknown> | undefined;
}

export async function writeSetting(tx: Tx, table: SettingsTable, key: string, value: Record<string, unknown>): Promise<void> {
  await tx.insert(table).values({ key, value }).onConflictDoUpdate({ target: table.key, set: { value, updatedAt: new Date() } });
}
