import { sql } from "drizzle-orm";
import { check, customType, timestamp, type AnyPgColumn } from "drizzle-orm/pg-core";

/** The audit timestamps every table carries. */
export const timestamps = {
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
};

export const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (value) => Buffer.from(value),
});

/**
 * A check constraint that `column` holds one of `choices`: the same constant the code and the pages use,
 * so a choice added there reaches the database through the next generated migration.
 */
export function oneOf(name: string, column: AnyPgColumn, choices: readonly string[]) {
  for (const choice of choices) if (!/^[a-z_-]+$/.test(choice)) throw new Error(`Choice "${choice}" must be lower-case letters, "_" or "-".`);
  return check(name, sql`${column} in (${sql.raw(choices.map((c) => `'${c}'`).join(", "))})`);
}
