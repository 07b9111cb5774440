import { councilSchema, InputError, type Tx } from "@lgp/db";
import { locatePostcode } from "@lgp/postcodes";
import { and, asc, eq, inArray, isNotNull, isNull, sql } from "drizzle-orm";
import { helperActedForBy, type Helper } from "./acting-helper";
import { SIGN_UP_TASK_NAMES, SIGN_UP_TASKS, type SignUpAnswers, type SignUpTask } from "./sign-up-tasks";

const { helpers, helperCategories, categories, organisations, roleGrants, postcodes } = councilSchema;

/** Whether each task of a helper's sign-up is done, in the task list's order. */
export function signUpProgress(helper: Pick<Helper, "signUpTasks">): { task: SignUpTask; done: boolean }[] {
  return SIGN_UP_TASKS.map((task) => ({ task, done: helper.signUpTasks.includes(task) }));
}

/**
 * Starts a sign-up, or returns the one already started: as a volunteer (the person themselves), or for
 * an organisation the person owns. Null when they own no such organisation (the caller answers not found).
 */
export async function startSignUp(tx: Tx, { personId, organisationId }: { personId: number; organisationId?: number | null }): Promise<Helper | null> {
  if (organisationId === undefined || organisationId === null) {
    await tx.insert(helpers).values({ kind: "volunteer", personId, publicName: "" }).onConflictDoNothing();
    const [own] = await tx.select().from(helpers).where(eq(helpers.personId, personId));
    return own!;
  }
  const [owned] = await tx
    .select({ id: organisations.id, name: organisations.name })
    .from(roleGrants)
    .innerJoin(organisations, eq(organisations.id, roleGrants.organisationId))
    .where(and(eq(roleGrants.personId, personId), eq(roleGrants.role, "provider_owner"), eq(roleGrants.organisationId, organisationId)));
  if (!owned) return null;
  await tx.insert(helpers).values({ kind: "organisation", organisationId: owned.id, publicName: owned.name }).onConflictDoNothing();
  const [theirs] = await tx.select().from(helpers).where(eq(helpers.organisationId, owned.id));
  return theirs!;
}

/** The organisations a person owns that have not started signing up: each can be signed up by them. */
export async function organisationsToSignUp(tx: Tx, personId: number): Promise<{ id: number; name: string }[]> {
  return tx
    .select({ id: organisations.id, name: organisations.name })
    .from(roleGrants)
    .innerJoin(organisations, eq(organisations.id, roleGrants.organisationId))
    .leftJoin(helpers, eq(helpers.organisationId, organisations.id))
    .where(and(eq(roleGrants.personId, personId), eq(roleGrants.role, "provider_owner"), isNull(helpers.id)))
    .orderBy(asc(organisations.name));
}

/**
 * A helper `personId` acts for, locked for a change to `task` (or to be sent); null when they act for no
 * such helper. A declined helper may change their answers and send them again; an approved one changes
 * only what CHANGED_WHEN_APPROVED lists.
 */
async function signingUp(tx: Tx, personId: number, helperId: number, task?: SignUpTask): Promise<Helper | null> {
  const helper = await helperActedForBy(tx, personId, helperId);
  if (!helper) return null;
  const [locked] = await tx.select().from(helpers).where(eq(helpers.id, helper.id)).for("update");
  if (locked!.status === "submitted") throw new InputError("You have sent your sign-up. The council will tell you when they have looked at it.");
  if (locked!.status === "approved" && !(task && CHANGED_WHEN_APPROVED.includes(task))) {
    throw new InputError("You are already approved. Contact the council to change who you are or what you help with.");
  }
  return locked!;
}

/**
 * What an approved helper changes without the council looking again: where and when they help, how
 * many people at once, access, and how they hear of needs. Who they are and what they help with were
 * what the council approved, so those go through the council.
 */
export const CHANGED_WHEN_APPROVED: readonly SignUpTask[] = ["area", "availability", "capacity", "access", "notice"];

/** Saves one task's answers (checked by `signUpAnswers`), marking the task done; null when the person acts for no such helper. */
export async function saveSignUpTask(tx: Tx, { personId, helperId, answers }: { personId: number; helperId: number; answers: SignUpAnswers }): Promise<Helper | null> {
  const helper = await signingUp(tx, personId, helperId, answers.task);
  if (!helper) return null;
  const changes = await changesFor(tx, helper.id, answers);
  const [saved] = await tx
    .update(helpers)
    .set({ ...changes, status: helper.status === "approved" ? "approved" : "applying", signUpTasks: [...new Set([...helper.signUpTasks, answers.task])], updatedAt: sql`now()` })
    .where(eq(helpers.id, helper.id))
    .returning();
  return saved!;
}

/**
 * Changes how a helper hears of new needs, whatever their status: the council approves who helps and
 * where, not how often they are emailed, so this needs no new sign-up. The sign-up's notice task is done
 * too, as it asks only this. Null when the person acts for no such helper.
 */
export async function chooseNotice(tx: Tx, { personId, helperId, notice }: { personId: number; helperId: number; notice: Helper["notice"] }): Promise<Helper | null> {
  const helper = await helperActedForBy(tx, personId, helperId);
  if (!helper) return null;
  const [locked] = await tx.select({ signUpTasks: helpers.signUpTasks }).from(helpers).where(eq(helpers.id, helper.id)).for("update");
  const [saved] = await tx
    .update(helpers)
    .set({ notice, signUpTasks: [...new Set([...locked!.signUpTasks, "notice"])], updatedAt: sql`now()` })
    .where(eq(helpers.id, helper.id))
    .returning();
  return saved!;
}

async function changesFor(tx: Tx, helperId: number, answers: SignUpAnswers): Promise<Partial<typeof helpers.$inferInsert>> {
  switch (answers.task) {
    case "details":
      return { publicName: answers.publicName, about: answers.about };
    case "area":
      return areaOf(tx, answers);
    case "availability":
      return { availability: answers.availability };
    case "categories":
      await chooseCategories(tx, helperId, answers.categoryIds);
      return {};
    case "capacity":
      return { capacity: answers.capacity };
    case "access":
      return { languages: answers.languages, accessibility: answers.accessibility, gender: answers.gender === "unsaid" ? null : answers.gender };
    case "notice":
      return { notice: answers.notice };
  }
}

/** A postcode the council's postcode table has, with its radius; or wards the table names. */
async function areaOf(tx: Tx, answers: Extract<SignUpAnswers, { task: "area" }>): Promise<Partial<typeof helpers.$inferInsert>> {
  if (answers.areaKind === "wards") {
    const known = await councilWards(tx);
    const unknown = answers.wards.filter((w) => !known.some((k) => k.code === w));
    if (unknown.length > 0) throw new InputError("Choose wards from the list", { wards: "Choose wards from the list" });
    return { wards: answers.wards, postcode: null, latitude: null, longitude: null, radiusKm: null };
  }
  const located = await locatePostcode(tx, answers.postcode!);
  if (!located) {
    const message = "We do not know that postcode. Check it, or choose the wards you help in instead";
    throw new InputError(message, { postcode: message });
  }
  return { postcode: located.postcode, latitude: located.latitude, longitude: located.longitude, radiusKm: answers.radiusKm!, wards: [] };
}

async function chooseCategories(tx: Tx, helperId: number, categoryIds: readonly number[]): Promise<void> {
  const listed = await tx
    .select({ id: categories.id })
    .from(categories)
    .where(and(inArray(categories.id, [...categoryIds]), isNull(categories.retiredAt)));
  if (listed.length !== new Set(categoryIds).size) throw new InputError("Choose kinds of help from the list", { categoryIds: "Choose kinds of help from the list" });
  await tx.delete(helperCategories).where(eq(helperCategories.helperId, helperId));
  await tx.insert(helperCategories).values(listed.map((c) => ({ helperId, categoryId: c.id })));
}

/** The council's wards, from its postcode table, by name. */
export async function councilWards(tx: Tx): Promise<{ code: string; name: string }[]> {
  const rows = await tx
    .selectDistinct({ code: postcodes.wardCode, name: sql<string>`coalesce(${postcodes.wardName}, ${postcodes.wardCode})` })
    .from(postcodes)
    .where(isNotNull(postcodes.wardCode))
    .orderBy(sql`2`);
  return rows.map((r) => ({ code: r.code!, name: r.name }));
}

/**
 * Sends a completed sign-up to the council; refused, naming what is left, while a task is incomplete.
 * Null when the person acts for no such helper.
 */
export async function submitSignUp(tx: Tx, { personId, helperId }: { personId: number; helperId: number }): Promise<Helper | null> {
  const helper = await signingUp(tx, personId, helperId);
  if (!helper) return null;
  const left = signUpProgress(helper).filter((t) => !t.done).map((t) => SIGN_UP_TASK_NAMES[t.task]);
  if (left.length > 0) throw new InputError(`Complete ${listInWords(left)} before you send your sign-up.`);
  const [sent] = await tx.update(helpers).set({ status: "submitted", submittedAt: sql`now()`, decidedAt: null, decidedBy: null, updatedAt: sql`now()` }).where(eq(helpers.id, helper.id)).returning();
  return sent!;
}

/** "a", "a and b", "a, b and c". */
export function listInWords(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

/** The categories a helper helps in, with the check each needs, in residents' order. */
export async function helperCategoryList(tx: Tx, helperId: number) {
  return tx
    .select({ id: categories.id, name: categories.name, requiredCheck: categories.requiredCheck })
    .from(helperCategories)
    .innerJoin(categories, eq(categories.id, helperCategories.categoryId))
    .where(eq(helperCategories.helperId, helperId))
    .orderBy(asc(categories.position), asc(categories.name));
}
