import { councilSchema, platformSchema, readSetting, withPlatform, writeSetting, type Database, type Tx } from "@lgp/db";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { checkBranding } from "./branding";
import { InputError } from "@lgp/db";
import type { Module } from "./council-input";
import type { Council } from "./registry";

const { councils } = platformSchema;

/** What residents see about the council beyond its brand: how to reach it, and its accessibility statement. */
export const siteDetailsInput = z.strictObject({
  contactEmail: z.union([z.literal(""), z.string().trim().email("Enter the contact email in the correct format, like contact@council.gov.uk")]),
  contactPhone: z.string().trim().max(40, "Enter a phone number of 40 characters or fewer"),
  contactAddress: z.string().trim().max(500, "Enter an address of 500 characters or fewer"),
  accessibilityContact: z.string().trim().max(500),
  accessibilityKnownIssues: z.string().trim().max(4000),
  accessibilityPreparedOn: z.union([z.literal(""), z.iso.date("Enter a real date as YYYY-MM-DD, like 2026-11-26")]),
  emailSenderName: z.string().trim().max(120),
});
export type SiteDetails = z.infer<typeof siteDetailsInput>;

const EMPTY: SiteDetails = {
  contactEmail: "",
  contactPhone: "",
  contactAddress: "",
  accessibilityContact: "",
  accessibilityKnownIssues: "",
  accessibilityPreparedOn: "",
  emailSenderName: "",
};

export async function readSiteDetails(tx: Tx): Promise<SiteDetails> {
  return { ...EMPTY, ...((await readSetting(tx, councilSchema.settings, "site")) as Partial<SiteDetails> | undefined) };
}

export async function saveSiteDetails(tx: Tx, details: SiteDetails): Promise<void> {
  await writeSetting(tx, councilSchema.settings, "site", details);
}

export const brandInput = z.strictObject({
  name: z.string().trim().min(2, "Enter the council's name").max(120, "Enter a name of 120 characters or fewer"),
  brandColour: z.string().trim(),
  brandTextColour: z.string().trim(),
  linkColour: z.string().trim(),
});
export type BrandInput = z.infer<typeof brandInput>;

/** Refuses colours residents could not read, naming the ratio found and the minimum. */
export function assertReadable(brand: BrandInput): void {
  const errors = checkBranding(brand);
  if (Object.keys(errors).length > 0) throw new InputError(Object.values(errors).join(" "), errors);
}

/**
 * Writes a council's name and colours to the registry, as the platform role, for that council's row
 * only. Bumps the registry version, so every app instance shows the change on its next request.
 */
export async function updateCouncilBrand(database: Database, slug: string, brand: BrandInput): Promise<void> {
  assertReadable(brand);
  await withPlatform(database, (tx) => tx.update(councils).set({ ...brand, updatedAt: new Date() }).where(eq(councils.slug, slug)));
}

export async function updateCouncilModules(database: Database, slug: string, modules: Module[]): Promise<void> {
  await withPlatform(database, (tx) => tx.update(councils).set({ modules, updatedAt: new Date() }).where(eq(councils.slug, slug)));
}

/** Marks the council changed (e.g. a new logo), so cached pages and the logo's address refresh. */
export async function touchCouncil(database: Database, slug: string): Promise<void> {
  await withPlatform(database, (tx) => tx.update(councils).set({ updatedAt: new Date() }).where(eq(councils.slug, slug)));
}

/** Who a council's emails are from: the sender name its admin chose (or its name), in its colours. */
export async function councilSender(tx: Tx, council: Pick<Council, "name" | "brandColour" | "brandTextColour">) {
  const { emailSenderName } = await readSiteDetails(tx);
  return { name: emailSenderName || council.name, brandColour: council.brandColour, brandTextColour: council.brandTextColour };
}
