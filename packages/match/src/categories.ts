import { councilSchema, InputError, type Tx } from "@lgp/db";
import { and, asc, eq, isNotNull, isNull, ne, sql } from "drizzle-orm";
import { z } from "zod";
import { VETTING_CHECKS, type VettingCheck } from "./vetting-levels";

const { categories } = councilSchema;

export interface NewCategory {
  slug: string;
  name: string;
  description: string;
  /** The check a helper needs, in date, to be matched or listed in it. */
  requiredCheck: VettingCheck;
}

/** A category as its council's admins see it: where it sits in the list, and whether it is retired. */
export interface Category extends NewCategory {
  id: number;
  position: number;
  retiredAt: Date | null;
}

/** What an admin gives a category: the same checks whether it comes from a form, the API or a command. */
export const categoryDetails = z.strictObject({
  name: z
    .string({ error: "Enter a name for the category" })
    .trim()
    .overwrite((name) => name.replace(/\s+/g, " "))
    .min(1, "Enter a name for the category")
    .max(100, "Enter a name of 100 characters or fewer"),
  description: z
    .string({ error: "Enter a description of the category" })
    .trim()
    .min(1, "Enter a description of the category")
    .max(500, "Enter a description of 500 characters or fewer"),
  // Unsaid, a category asks for no check: what callers from before checks existed meant.
  requiredCheck: z.enum(VETTING_CHECKS, { error: "Choose the check a helper needs for this kind of help" }).default("none"),
});
export type CategoryDetails = z.input<typeof categoryDetails>;

const columns = {
  id: categories.id,
  slug: categories.slug,
  name: categories.name,
  description: categories.description,
  requiredCheck: categories.requiredCheck,
  position: categories.position,
  retiredAt: categories.retiredAt,
};

/** The kinds of help the council lists to residents, in its chosen order; retired ones are left out. */
export function listCategories(tx: Tx) {
  return tx
    .select({ id: categories.id, slug: categories.slug, name: categories.name, description: categories.description, requiredCheck: categories.requiredCheck })
    .from(categories)
    .where(isNull(categories.retiredAt))
    .orderBy(asc(categories.position), asc(categories.name));
}

/** Every category, for the council's admins: those residents see in their order, then the retired ones by name. */
export async function listCategoriesForAdmins(tx: Tx): Promise<{ listed: Category[]; retired: Category[] }> {
  const listed = await tx.select(columns).from(categories).where(isNull(categories.retiredAt)).orderBy(asc(categories.position), asc(categories.name));
  const retired = await tx.select(columns).from(categories).where(isNotNull(categories.retiredAt)).orderBy(asc(categories.name));
  return { listed, retired };
}

/** Adds categories after those already listed, in the order given. */
export async function addCategories(tx: Tx, given: readonly NewCategory[]): Promise<void> {
  if (given.length === 0) return;
  const start = await nextPosition(tx);
  await tx.insert(categories).values(given.map((c, i) => ({ ...c, position: start + i })));
}

/** Adds a category at the end of the list, with an address (slug) made from its name. */
export async function addCategory(tx: Tx, given: CategoryDetails): Promise<Category> {
  const details = checked(given);
  await refuseTakenName(tx, details.name);
  const slug = await freeSlug(tx, slugOf(details.name));
  const [added] = await tx
    .insert(categories)
    .values({ ...details, slug, position: await nextPosition(tx) })
    .onConflictDoNothing()
    .returning(columns);
  // Only another admin adding the same name at the same moment gets here.
  if (!added) throw takenName(details.name);
  return added;
}

/**
 * Renames or redescribes a category; null when the council has no category with that id. Its slug
 * stays as it was, so links to it keep working.
 */
export async function updateCategory(tx: Tx, id: number, given: CategoryDetails): Promise<{ before: Category; after: Category } | null> {
  const details = checked(given);
  const before = await findCategory(tx, id);
  if (!before) return null;
  await refuseTakenName(tx, details.name, id);
  const [after] = await tx.update(categories).set({ ...details, updatedAt: sql`now()` }).where(eq(categories.id, id)).returning(columns);
  return { before, after: after! };
}

/** Moves a listed category one place up or down, swapping it with its neighbour; null when there is no such category. */
export async function moveCategory(tx: Tx, id: number, direction: "up" | "down"): Promise<Category | null> {
  const category = await findCategory(tx, id);
  if (!category) return null;
  if (category.retiredAt) throw new InputError(`${category.name} is retired. Restore it before moving it.`);
  const order = await listedOrder(tx);
  const from = order.indexOf(id);
  const to = direction === "up" ? from - 1 : from + 1;
  if (to < 0 || to >= order.length) throw new InputError(`${category.name} is already ${direction === "up" ? "first" : "last"} in the list.`);
  [order[from], order[to]] = [order[to]!, order[from]!];
  await renumber(tx, order);
  return { ...category, position: to };
}

/** Takes a category off residents' list (it is kept, and can be restored); null when there is no such category. */
export async function retireCategory(tx: Tx, id: number): Promise<Category | null> {
  const category = await findCategory(tx, id);
  if (!category) return null;
  if (category.retiredAt) throw new InputError(`${category.name} is already retired.`);
  const [retired] = await tx.update(categories).set({ retiredAt: sql`now()`, updatedAt: sql`now()` }).where(eq(categories.id, id)).returning(columns);
  await renumber(tx, await listedOrder(tx));
  return retired!;
}

/** Lists a retired category again, at the end of the list; null when there is no such category. */
export async function restoreCategory(tx: Tx, id: number): Promise<Category | null> {
  const category = await findCategory(tx, id);
  if (!category) return null;
  if (!category.retiredAt) throw new InputError(`${category.name} is already listed.`);
  const position = await nextPosition(tx);
  const [restored] = await tx.update(categories).set({ retiredAt: null, position, updatedAt: sql`now()` }).where(eq(categories.id, id)).returning(columns);
  return restored!;
}

/** Checks details given by a caller that skipped the API's own check (a script, a test). */
function checked(given: CategoryDetails) {
  const parsed = categoryDetails.safeParse(given);
  if (parsed.success) return parsed.data;
  const fields: Record<string, string> = {};
  for (const issue of parsed.error.issues) fields[String(issue.path[0] ?? "form")] ??= issue.message;
  throw new InputError(Object.values(fields).join(" "), fields);
}

/** Locks the row, so two admins changing one category at once take turns. */
async function findCategory(tx: Tx, id: number): Promise<Category | null> {
  const [found] = await tx.select(columns).from(categories).where(eq(categories.id, id)).for("update");
  return found ?? null;
}

const takenName = (name: string, retired = false) => {
  const message = retired ? `A retired category called ${name} already exists. Restore it instead.` : `A category called ${name} already exists. Choose a different name.`;
  return new InputError(message, { name: message });
};

async function refuseTakenName(tx: Tx, name: string, except?: number): Promise<void> {
  const sameName = sql`lower(${categories.name}) = lower(${name})`;
  const [taken] = await tx
    .select({ name: categories.name, retiredAt: categories.retiredAt })
    .from(categories)
    .where(except === undefined ? sameName : and(sameName, ne(categories.id, except)));
  if (taken) throw takenName(taken.name, taken.retiredAt !== null);
}

/** A name as an address: "Lifts & errands" is lifts-and-errands. */
export function slugOf(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replaceAll("&", " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, 60)
    .replace(/^-+|-+$/g, "");
  return slug || "category";
}

/** `slug`, or the first of slug-2, slug-3, … no category has: a retired category keeps its slug. */
async function freeSlug(tx: Tx, slug: string): Promise<string> {
  const taken = new Set((await tx.select({ slug: categories.slug }).from(categories)).map((c) => c.slug));
  let free = slug;
  for (let n = 2; taken.has(free); n++) free = `${slug}-${n}`;
  return free;
}

async function nextPosition(tx: Tx): Promise<number> {
  const [row] = await tx.select({ last: sql<number | null>`max(${categories.position})` }).from(categories).where(isNull(categories.retiredAt));
  return row?.last === null || row?.last === undefined ? 0 : Number(row.last) + 1;
}

/** The listed categories' ids in residents' order, locked until the transaction ends so reorderings take turns. */
async function listedOrder(tx: Tx): Promise<number[]> {
  const rows = await tx.select({ id: categories.id }).from(categories).where(isNull(categories.retiredAt)).orderBy(asc(categories.position), asc(categories.name), asc(categories.id)).for("update");
  return rows.map((r) => r.id);
}

/** Gives the listed categories positions 0, 1, 2, … in `order`, so the list never has gaps. */
async function renumber(tx: Tx, order: readonly number[]): Promise<void> {
  for (const [position, id] of order.entries()) {
    await tx.update(categories).set({ position }).where(and(eq(categories.id, id), ne(categories.position, position)));
  }
}
