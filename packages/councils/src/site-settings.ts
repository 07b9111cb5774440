import { councilSchema, platformSchema, readSetting, withPlatform, writeSetting, type Database, type Tx } from "@lgp/db";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { checkBranding, type Branding } from "./branding";
import { nameProblem } from "./council-fields";
import { InputError } from "@lgp/db";
import type { Council } from "./registry";

const { councils } = platformSchema;

/** An accessibility statement's compliance status, as the regulations' model statement words it: fully, partially or not compliant. */
export const COMPLIANCE = ["full", "partial", "none"] as const;
export type Compliance = (typeof COMPLIANCE)[number];

/** Where the council is: in Northern Ireland the accessibility regulations are enforced by its own Equality Commission. */
export const NATIONS = ["england", "scotland", "wales", "northern-ireland"] as const;
export type Nation = (typeof NATIONS)[number];

// Every detail may be left empty, and a form sends nothing for an empty box: absent means empty.
const statementDate = z.union([z.literal(""), z.iso.date("Enter a real date as YYYY-MM-DD, like 2026-11-26")]);

/** What residents see about the council beyond its brand: how to reach it, and its accessibility statement. */
export const siteDetailsInput = z.strictObject({
  contactEmail: z.union([z.literal(""), z.string().trim().email("Enter the contact email in the correct format, like contact@council.gov.uk")]).default(""),
  contactPhone: z.string().trim().max(40, "Enter a phone number of 40 characters or fewer").default(""),
  contactAddress: z.string().trim().max(500, "Enter an address of 500 characters or fewer").default(""),
  accessibilityContact: z.string().trim().max(500).default(""),
  accessibilityKnownIssues: z.string().trim().max(4000).default(""),
  accessibilityPreparedOn: statementDate.default(""),
  accessibilityReviewedOn: statementDate.default(""),
  // Partial until the council says otherwise: the platform's own pages are tested, but not what a council adds.
  accessibilityCompliance: z.enum(COMPLIANCE, { message: "Select how far the site meets the accessibility standard" }).default("partial"),
  nation: z.enum(NATIONS, { message: "Select the nation the council is in" }).default("england"),
  emailSenderName: z.string().trim().max(120).default(""),
});
export type SiteDetails = z.infer<typeof siteDetailsInput>;

const EMPTY: SiteDetails = {
  contactEmail: "",
  contactPhone: "",
  contactAddress: "",
  accessibilityContact: "",
  accessibilityKnownIssues: "",
  accessibilityPreparedOn: "",
  accessibilityReviewedOn: "",
  accessibilityCompliance: "partial",
  nation: "england",
  emailSenderName: "",
};

export async function readSiteDetails(tx: Tx): Promise<SiteDetails> {
  return { ...EMPTY, ...((await readSetting(tx, councilSchema.settings, "site")) as Partial<SiteDetails> | undefined) };
}

export async function saveSiteDetails(tx: Tx, details: SiteDetails): Promise<void> {
  await writeSetting(tx, councilSchema.settings, "site", details);
}

const colour = (what: string) => z.string({ error: `Enter the ${what}, like #1d70b8` }).trim().min(1, `Enter the ${what}, like #1d70b8`);

export const brandInput = z.strictObject({
  name: z
    .string({ error: "Enter the council's name" })
    .trim()
    .superRefine((name, ctx) => {
      const problem = nameProblem(name);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    }),
  brandColour: colour("brand colour"),
  brandTextColour: colour("header text colour"),
  linkColour: colour("link colour"),
});
export type BrandInput = z.infer<typeof brandInput>;

const COLOURS = ["brandColour", "brandTextColour", "linkColour"] as const satisfies readonly (keyof Branding)[];

/**
 * The branding form: the council's name, colours and details. Colours are checked against what they are
 * read with even when other fields are wrong, so every mistake is reported at once; a colour left empty
 * is reported by its own field.
 */
export const brandingInput = z.strictObject({ ...brandInput.shape, ...siteDetailsInput.shape }).superRefine(
  (value, ctx) => {
    const given = (field: (typeof COLOURS)[number]) => (typeof value[field] === "string" ? value[field] : "");
    const problems = checkBranding({ brandColour: given("brandColour"), brandTextColour: given("brandTextColour"), linkColour: given("linkColour") });
    for (const field of COLOURS) if (problems[field] && given(field) !== "") ctx.addIssue({ code: "custom", path: [field], message: problems[field] });
  },
  { when: (payload) => typeof payload.value === "object" && payload.value !== null },
);

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

export async function updateCouncilModules(database: Database, slug: string, modules: readonly string[]): Promise<void> {
  await withPlatform(database, (tx) => tx.update(councils).set({ modules: [...modules], updatedAt: new Date() }).where(eq(councils.slug, slug)));
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
