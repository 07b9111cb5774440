import { councilSchema, type Tx } from "@lgp/db";
import { postcodeDistrict } from "@lgp/postcodes";
import { and, asc, eq, ne } from "drizzle-orm";
import { helperActedForBy } from "./acting-helper";
import { helperContacts, residentOfNeed, type Contact } from "./match-people";
import type { Match } from "./matches";

const { categories, helpers, matches, needs, postcodes } = councilSchema;

/** Who is looking: a signed-in person, and whether they look as council staff. */
export interface Viewer {
  personId: number;
  asStaff: boolean;
}

/**
 * A match as its page shows it. The resident's name, email and full postcode are there only once the
 * match is accepted; before that the helper's side sees what the feed shows (district and ward).
 */
export interface MatchView {
  id: number;
  status: Match["status"];
  reasons: string[];
  createdAt: Date;
  viewer: { resident: boolean; helper: boolean; staff: boolean };
  need: {
    id: number;
    reference: string;
    status: (typeof needs.$inferSelect)["status"];
    categoryName: string;
    description: string;
    district: string;
    wardName: string | null;
    times: string[];
    dates: string[];
    urgency: (typeof needs.$inferSelect)["urgency"];
  };
  helper: { id: number; publicName: string; about: string };
  contacts: { resident: Contact & { postcode: string }; helper: Contact[] } | null;
}

/** The match, if the viewer is its resident, acts for its helper, or is staff; null otherwise (not found). */
export async function matchForViewer(tx: Tx, matchId: number, viewer: Viewer): Promise<MatchView | null> {
  const [row] = await tx
    .select({ match: matches, need: needs, categoryName: categories.name, wardName: postcodes.wardName, helper: { id: helpers.id, publicName: helpers.publicName, about: helpers.about } })
    .from(matches)
    .innerJoin(needs, eq(needs.id, matches.needId))
    .innerJoin(categories, eq(categories.id, needs.categoryId))
    .innerJoin(helpers, eq(helpers.id, matches.helperId))
    .leftJoin(postcodes, eq(postcodes.postcode, needs.postcode))
    .where(eq(matches.id, matchId));
  if (!row) return null;
  const resident = row.need.residentId === viewer.personId;
  const helper = (await helperActedForBy(tx, viewer.personId, row.match.helperId)) !== null;
  if (!resident && !helper && !viewer.asStaff) return null;
  const { need } = row;
  return {
    id: row.match.id,
    status: row.match.status,
    reasons: row.match.reasons,
    createdAt: row.match.createdAt,
    viewer: { resident, helper, staff: viewer.asStaff },
    need: {
      id: need.id,
      reference: need.reference,
      status: need.status,
      categoryName: row.categoryName,
      description: need.description,
      district: postcodeDistrict(need.postcode),
      wardName: row.wardName,
      times: need.times,
      dates: need.dates,
      urgency: need.urgency,
    },
    helper: row.helper,
    contacts: row.match.status === "accepted" ? await contactsOf(tx, need.id, need.postcode, row.match.helperId) : null,
  };
}

async function contactsOf(tx: Tx, needId: number, postcode: string, helperId: number): Promise<MatchView["contacts"]> {
  const resident = await residentOfNeed(tx, needId);
  return resident ? { resident: { ...resident, postcode }, helper: await helperContacts(tx, helperId) } : null;
}

/** An offer on a need, as the resident (or staff for them) weighs it: the helper's public name and the reasons. */
export interface NeedOffer {
  matchId: number;
  status: Match["status"];
  helperName: string;
  about: string;
  reasons: string[];
  createdAt: Date;
}

/**
 * The offers made on the need `reference`, oldest first, if the viewer is its resident or staff; null
 * otherwise. Withdrawn offers are left out: the helper took them back.
 */
export async function offersForNeed(tx: Tx, reference: string, viewer: Viewer): Promise<{ needId: number; needStatus: MatchView["need"]["status"]; offers: NeedOffer[] } | null> {
  const [need] = await tx.select({ id: needs.id, residentId: needs.residentId, status: needs.status }).from(needs).where(eq(needs.reference, reference));
  if (!need || (need.residentId !== viewer.personId && !viewer.asStaff)) return null;
  const offers = await tx
    .select({ matchId: matches.id, status: matches.status, helperName: helpers.publicName, about: helpers.about, reasons: matches.reasons, createdAt: matches.createdAt })
    .from(matches)
    .innerJoin(helpers, eq(helpers.id, matches.helperId))
    .where(and(eq(matches.needId, need.id), ne(matches.status, "withdrawn")))
    .orderBy(asc(matches.createdAt), asc(matches.id));
  return { needId: need.id, needStatus: need.status, offers };
}
