import { councilSchema, type Tx } from "@lgp/db";
import { asc, eq } from "drizzle-orm";

const { categories, siteAssets } = councilSchema;

/** The kinds of help the council lists, in its chosen order. Runs inside the council's transaction. */
export function listCategories(tx: Tx) {
  return tx
    .select({ slug: categories.slug, name: categories.name, description: categories.description })
    .from(categories)
    .orderBy(asc(categories.position), asc(categories.name));
}

export async function getSiteAsset(tx: Tx, name: string) {
  const [asset] = await tx.select().from(siteAssets).where(eq(siteAssets.name, name));
  return asset;
}

export async function putSiteAsset(tx: Tx, name: string, contentType: string, body: Buffer) {
  await tx
    .insert(siteAssets)
    .values({ name, contentType, body })
    .onConflictDoUpdate({ target: siteAssets.name, set: { contentType, body, updatedAt: new Date() } });
}
