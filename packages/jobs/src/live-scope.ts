import { councilScope, platformScope, rowsOf, withPlatform, type Database, type Scope } from "@lgp/db";
import { sql } from "drizzle-orm";

export type Standing = { kind: "run"; scope: Scope } | { kind: "hold" } | { kind: "cancel" };

/**
 * Whether a job may run now, from its scope's name: the platform's always; a council's only while it is
 * active. A suspended council's jobs wait for it to resume; an archived (or removed) council's are dropped,
 * since its schema and its people's data are gone.
 */
export async function standingOf(database: Database, name: string): Promise<Standing> {
  if (name === "platform") return { kind: "run", scope: platformScope(database) };
  const slug = name.startsWith("council:") ? name.slice("council:".length) : null;
  if (!slug) return { kind: "cancel" };
  const [row] = await withPlatform(database, async (tx) =>
    rowsOf<{ status: string }>(await tx.execute(sql`select status from platform.councils where slug = ${slug}`)),
  );
  if (row?.status === "active") return { kind: "run", scope: councilScope(database, slug) };
  return row?.status === "suspended" || row?.status === "provisioning" ? { kind: "hold" } : { kind: "cancel" };
}
