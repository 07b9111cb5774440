import { councilSchema, InputError, type Tx } from "@lgp/db";
import { and, asc, eq, exists, inArray, or } from "drizzle-orm";

const { bookables, helpers, offers, organisations, people, roleGrants } = councilSchema;

/** The roles whose holders can take appointments: the council's own staff (the booking module reads role_grants, not @lgp/identity). */
const STAFF = ["council_staff", "council_admin", "safeguarding_lead"];

/** Who a bookable belongs to, as its row keeps it. */
export interface BookableOwner {
  offerId: number | null;
  helperId: number | null;
  staffId: number | null;
  organisationId: number | null;
}

/**
 * A bookable's owner as its kind has one, checked against the council's records: an offer of this
 * council's (its helper is the offer's own, whatever was given), a person holding a staff role here, an
 * organisation that exists. Owners a kind does not have are dropped, since a form sends every kind's.
 */
export async function checkedOwner(tx: Tx, kind: string, given: BookableOwner): Promise<BookableOwner> {
  const none = { offerId: null, helperId: null, staffId: null, organisationId: null };
  if (kind === "offer") {
    const [offer] = given.offerId === null ? [] : await tx.select({ helperId: offers.helperId }).from(offers).where(eq(offers.id, given.offerId));
    if (!offer) throw new InputError("Choose the offer to make bookable", { offerId: "Choose the offer to make bookable" });
    return { ...none, offerId: given.offerId, helperId: offer.helperId };
  }
  if (kind === "appointment") {
    const [staff] =
      given.staffId === null ? [] : await tx.select({ id: roleGrants.personId }).from(roleGrants).where(and(eq(roleGrants.personId, given.staffId), inArray(roleGrants.role, STAFF))).limit(1);
    if (!staff) throw new InputError("Choose the member of staff the appointments are with", { staffId: "Choose the member of staff" });
    return { ...none, staffId: given.staffId };
  }
  if (given.organisationId === null) return none;
  const [organisation] = await tx.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, given.organisationId));
  if (!organisation) throw new InputError("Choose an organisation from the list", { organisationId: "Choose an organisation from the list" });
  return { ...none, organisationId: given.organisationId };
}

/** Whom an admin can choose as a bookable's owner, by kind. */
export interface BookableOwners {
  offers: { id: number; title: string; helperName: string }[];
  staff: { id: number; name: string | null; email: string }[];
  organisations: { id: number; name: string }[];
}

/**
 * The owners an admin can choose: published offers (and any already made bookable, so a withdrawn one
 * still shows on its bookable's page), the council's staff, and its organisations; each by name.
 */
export async function bookableOwners(tx: Tx): Promise<BookableOwners> {
  const offerRows = await tx
    .select({ id: offers.id, title: offers.title, helperName: helpers.publicName })
    .from(offers)
    .innerJoin(helpers, eq(helpers.id, offers.helperId))
    .where(or(eq(offers.status, "published"), exists(tx.select({ id: bookables.id }).from(bookables).where(eq(bookables.offerId, offers.id)))))
    .orderBy(asc(offers.title), asc(offers.id));
  const staffRows = await tx
    .selectDistinct({ id: people.id, name: people.name, email: people.email })
    .from(people)
    .innerJoin(roleGrants, eq(roleGrants.personId, people.id))
    .where(inArray(roleGrants.role, STAFF))
    .orderBy(asc(people.name), asc(people.email), asc(people.id));
  const organisationRows = await tx.select({ id: organisations.id, name: organisations.name }).from(organisations).orderBy(asc(organisations.name));
  return { offers: offerRows, staff: staffRows, organisations: organisationRows };
}
