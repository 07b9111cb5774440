import { councilSchema, type Tx } from "@lgp/db";
import { eq } from "drizzle-orm";

const { siteAssets } = councilSchema;

export async function getSiteAsset(tx: Tx, name: string) {
  const [asset] = await tx.select().from(siteAssets).where(eq(siteAssets.name, name));
  return asset;
}

/** Whether the asset is there, without reading its bytes: every page's header asks about the logo. */
export async function hasSiteAsset(tx: Tx, name: string): Promise<boolean> {
  const [asset] = await tx.select({ name: siteAssets.name }).from(siteAssets).where(eq(siteAssets.name, name));
  return asset !== undefined;
}

export async function putSiteAsset(tx: Tx, name: string, contentType: string, body: Buffer) {
  await tx
    .insert(siteAssets)
    .values({ name, contentType, body })
    .onConflictDoUpdate({ target: siteAssets.name, set: { contentType, body, updatedAt: new Date() } });
}
