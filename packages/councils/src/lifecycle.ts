import { platformSchema, withPlatform, type Database } from "@lgp/db";
import { and, eq, inArray } from "drizzle-orm";
import type { CouncilStatus } from "./registry";
import { InputError } from "@lgp/db";

const { councils } = platformSchema;

async function move(database: Database, slug: string, from: CouncilStatus[], to: CouncilStatus): Promise<void> {
  await withPlatform(database, async (tx) => {
    const [row] = await tx.select({ status: councils.status }).from(councils).where(eq(councils.slug, slug));
    if (!row) throw new InputError(`No council has the slug "${slug}".`, { slug: `No council has the slug "${slug}".` });
    if (row.status === to) return;
    if (!from.includes(row.status)) {
      throw new InputError(`The council "${slug}" is ${row.status}, so it cannot become ${to}.`);
    }
    await tx
      .update(councils)
      .set({ status: to, updatedAt: new Date() })
      .where(and(eq(councils.slug, slug), inArray(councils.status, from)));
  });
}

/** The council's site answers "service unavailable" until it is resumed; its data is untouched. */
export const suspendCouncil = (database: Database, slug: string) => move(database, slug, ["active"], "suspended");
export const resumeCouncil = (database: Database, slug: string) => move(database, slug, ["suspended"], "active");
