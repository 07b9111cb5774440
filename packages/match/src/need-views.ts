import { councilSchema, type Tx } from "@lgp/db";
import { and, asc, count, desc, eq, inArray, type SQL } from "drizzle-orm";
import { moveNeed } from "./need-status";

const { categories, needs, needEvents, people, roleGrants } = councilSchema;
type NeedStatus = councilSchema.NeedStatus;

/** Who made a change in a need's trail, as the resident is told: themselves, the council's staff, a referrer, a helper, or the site itself. */
export type TrailActor = "resident" | "staff" | "referrer" | "helper" | "site";

export interface TrailEntry {
  from: NeedStatus | null;
  to: NeedStatus;
  actor: TrailActor;
  /** Only in staff's view: the address of whoever made the change. */
  actorEmail?: string | null;
  at: Date;
  reason: string;
}

export interface NeedListItem {
  id: number;
  reference: string;
  categoryName: string;
  status: NeedStatus;
  urgency: councilSchema.NeedUrgency;
  createdAt: Date;
}

export interface NeedView extends NeedListItem {
  residentId: number;
  categorySlug: string;
  description: string;
  postcode: string;
  times: councilSchema.WeekPart[];
  dates: string[];
  language: string | null;
  helperGender: councilSchema.HelperGender | null;
  accessibility: string[];
  expiresAt: Date;
  trail: TrailEntry[];
}

export interface StaffNeedView extends NeedView {
  resident: { email: string; name: string | null };
  createdBy: { email: string; isResident: boolean };
  consent: { givenBy: string; at: Date; how: councilSchema.ConsentHow } | null;
}

const listColumns = {
  id: needs.id,
  reference: needs.reference,
  categoryName: categories.name,
  status: needs.status,
  urgency: needs.urgency,
  createdAt: needs.createdAt,
};

/** A resident's needs, newest first. */
export function listResidentNeeds(tx: Tx, residentId: number): Promise<NeedListItem[]> {
  return tx.select(listColumns).from(needs).innerJoin(categories, eq(categories.id, needs.categoryId)).where(eq(needs.residentId, residentId)).orderBy(desc(needs.createdAt), desc(needs.id));
}

/** One of the resident's own needs by its reference; null for a need that is not theirs, as for one that does not exist. */
export async function residentNeed(tx: Tx, residentId: number, reference: string): Promise<NeedView | null> {
  return needView(tx, and(eq(needs.reference, reference), eq(needs.residentId, residentId))!, false);
}

export interface StaffNeedFilter {
  status?: NeedStatus;
  /** A category's slug. */
  category?: string;
}

/** The council's needs for its staff, newest first, filtered by status and category, with how many there are in each status (under the category filter). */
export async function listNeedsForStaff(tx: Tx, filter: StaffNeedFilter, limit = 200): Promise<{ needs: NeedListItem[]; counts: Partial<Record<NeedStatus, number>> }> {
  const inCategory = filter.category ? eq(categories.slug, filter.category) : undefined;
  const where = and(inCategory, filter.status ? eq(needs.status, filter.status) : undefined);
  const rows = await tx.select(listColumns).from(needs).innerJoin(categories, eq(categories.id, needs.categoryId)).where(where).orderBy(desc(needs.createdAt), desc(needs.id)).limit(limit);
  const tallies = await tx.select({ status: needs.status, n: count() }).from(needs).innerJoin(categories, eq(categories.id, needs.categoryId)).where(inCategory).groupBy(needs.status);
  return { needs: rows, counts: Object.fromEntries(tallies.map((t) => [t.status, Number(t.n)])) };
}

/** Any need of the council's by its reference, with its resident, who asked, their consent and the trail with each actor's address; null when there is none. */
export async function needForStaff(tx: Tx, reference: string): Promise<StaffNeedView | null> {
  const view = await needView(tx, eq(needs.reference, reference), true);
  if (!view) return null;
  const [row] = await tx
    .select({ createdBy: needs.createdBy, consentGivenBy: needs.consentGivenBy, consentAt: needs.consentAt, consentHow: needs.consentHow })
    .from(needs)
    .where(eq(needs.id, view.id));
  const found = await tx
    .select({ id: people.id, email: people.email, name: people.name })
    .from(people)
    .where(inArray(people.id, [view.residentId, row!.createdBy]));
  const resident = found.find((p) => p.id === view.residentId)!;
  const creator = found.find((p) => p.id === row!.createdBy)!;
  const consent = row!.consentGivenBy && row!.consentAt && row!.consentHow ? { givenBy: row!.consentGivenBy, at: row!.consentAt, how: row!.consentHow } : null;
  return { ...view, resident: { email: resident.email, name: resident.name }, createdBy: { email: creator.email, isResident: creator.id === view.residentId }, consent };
}

/** The resident withdraws their own need; null when it is not theirs. */
export async function withdrawNeed(tx: Tx, residentId: number, reference: string, reason: string): Promise<{ id: number } | null> {
  const [need] = await tx.select({ id: needs.id }).from(needs).where(and(eq(needs.reference, reference), eq(needs.residentId, residentId)));
  if (!need) return null;
  await moveNeed(tx, { needId: need.id, to: "withdrawn", actorId: residentId, reason });
  return need;
}

/** Staff close a need of the council's; null when there is none with that reference. */
export async function closeNeed(tx: Tx, actorId: number, reference: string, reason: string): Promise<{ id: number } | null> {
  const [need] = await tx.select({ id: needs.id }).from(needs).where(eq(needs.reference, reference));
  if (!need) return null;
  await moveNeed(tx, { needId: need.id, to: "closed", actorId, reason });
  return need;
}

const STAFF_ROLES = ["council_admin", "council_staff", "safeguarding_lead"];

async function needView(tx: Tx, where: SQL, withEmails: boolean): Promise<NeedView | null> {
  const [need] = await tx
    .select({
      ...listColumns,
      residentId: needs.residentId,
      categorySlug: categories.slug,
      description: needs.description,
      postcode: needs.postcode,
      times: needs.times,
      dates: needs.dates,
      language: needs.language,
      helperGender: needs.helperGender,
      accessibility: needs.accessibility,
      expiresAt: needs.expiresAt,
    })
    .from(needs)
    .innerJoin(categories, eq(categories.id, needs.categoryId))
    .where(where);
  if (!need) return null;
  const events = await tx
    .select({ from: needEvents.fromStatus, to: needEvents.toStatus, actorId: needEvents.actorId, actorEmail: people.email, at: needEvents.at, reason: needEvents.reason })
    .from(needEvents)
    .leftJoin(people, eq(people.id, needEvents.actorId))
    .where(eq(needEvents.needId, need.id))
    .orderBy(asc(needEvents.at), asc(needEvents.id));
  const actorIds = [...new Set(events.map((e) => e.actorId).filter((id): id is number => id !== null && id !== need.residentId))];
  const grants = actorIds.length ? await tx.select({ personId: roleGrants.personId, role: roleGrants.role }).from(roleGrants).where(inArray(roleGrants.personId, actorIds)) : [];
  const actorOf = (id: number | null): TrailActor => {
    if (id === null) return "site";
    if (id === need.residentId) return "resident";
    const roles = grants.filter((g) => g.personId === id).map((g) => g.role);
    if (roles.some((r) => STAFF_ROLES.includes(r))) return "staff";
    return roles.includes("referrer") ? "referrer" : "helper";
  };
  const trail = events.map((e) => ({ from: e.from, to: e.to, actor: actorOf(e.actorId), ...(withEmails ? { actorEmail: e.actorEmail } : {}), at: e.at, reason: e.reason }));
  return { ...need, trail };
}
