import { generateKeyPairSync, randomBytes } from "node:crypto";
import { archiveCouncil, provisionCouncil, suspendCouncil } from "@lgp/councils";
import { councilScope } from "@lgp/db";
import { createInvitation, listPendingInvitations } from "@lgp/identity";
import { addCategory, retireCategory } from "@lgp/match";
import { sampleHelper } from "./helper-samples";
import { directorySearch, residentsHelper, sampleOffer, sampleOfferId, sampleOfferIn } from "./offer-samples";
import { completeNeedDraft, needDetailsFor, sampleNeedReference } from "./need-samples";
import { sampleMatchOfHelp, sampleNeedToOffer, sampleNeedToPropose } from "./matching-samples";
import { sampleNeedAndHelper } from "./ranking-samples";
import { sampleConcern, sampleMatch } from "./safety-samples";
import { bookableAdminSamples } from "./bookable-admin-samples";
import { bookingSamples } from "./booking-samples";
import { enrol, type World } from "./world";

/** A name no other sample has used, for slugs and addresses that must be new. */
const fresh = () => `s${randomBytes(4).toString("hex")}`;

async function newCouncil(world: World): Promise<string> {
  const slug = fresh();
  await provisionCouncil(world.database, { slug, name: `Council ${slug}`, hosts: [] });
  return slug;
}

/** A pending invitation in the council `slug` (into `organisationId`, when given), by its id. */
async function pendingInvitation(world: World, slug: string, organisationId: number | null = null): Promise<number> {
  const scope = councilScope(world.database, slug);
  const email = `${fresh()}@invited.example`;
  return scope.run(async (tx) => {
    await createInvitation(tx, scope, { email, role: organisationId === null ? "volunteer" : "provider_member", invitedBy: "test", organisationId });
    return (await listPendingInvitations(tx, scope)).find((i) => i.email === email)!.id;
  });
}

/** A category of its own in the council `slug` (listed after the demo ones, or retired), by its id. */
async function ownCategory(world: World, slug: string, retired = false): Promise<number> {
  return councilScope(world.database, slug).run(async (tx) => {
    const { id } = await addCategory(tx, { name: `Category ${fresh()}`, description: "Help of a kind made for a test." });
    if (retired) await retireCategory(tx, id);
    return id;
  });
}

const privateKey = generateKeyPairSync("ec", { namedCurve: "P-256" }).privateKey.export({ type: "pkcs8", format: "pem" }) as string;

/**
 * A valid input for every procedure that takes one, keyed by its path: called by a caller its guard lets
 * through, each succeeds and does its work. `slug` is the council whose site it is called on, for inputs
 * that name something there. Tests fail for a procedure with no sample, so a new one cannot be missed.
 */
export const samples: Record<string, (world: World, slug: string) => Promise<unknown>> = {
  ...bookingSamples,
  ...bookableAdminSamples,
  "admin.saveOneLogin": async () => ({ enabled: true, environment: "integration", clientId: "one-login-client", privateKey }),
  // An address on the public internet given as such, so saving it needs no DNS.
  "admin.saveStaffSso": async () => ({ enabled: true, issuer: "https://20.190.128.1/tenant/v2.0", clientId: "staff-app", clientSecret: "s3cr3t-Zq8w" }),
  "admin.updateBranding": async () => ({
    name: "Royal Borough of Kingston upon Thames",
    brandColour: "#0b3b6e",
    brandTextColour: "#ffffff",
    linkColour: "#0b5cab",
    contactEmail: "help@kingston.example",
    contactPhone: "020 8547 5757",
    contactAddress: "Guildhall, High Street",
    accessibilityContact: "access@kingston.example",
    accessibilityKnownIssues: "",
    accessibilityPreparedOn: "2026-11-26",
    emailSenderName: "Kingston Council",
  }),
  "admin.uploadLogo": async () => ({ bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]) }),
  "admin.setModules": async () => ({ modules: ["match", "booking"] }),
  "admin.saveEmail": async () => ({ transport: "outbox" }),
  "admin.invite": async () => ({ email: `${fresh()}@staff.example`, role: "council_staff" }),
  "admin.setRoles": async (world, slug) => ({ personId: (await enrol(councilScope(world.database, slug), `${fresh()}@resident.example`, ["resident"])).id, roles: ["council_staff"] }),
  "admin.resendInvitation": async (world, slug) => ({ invitationId: await pendingInvitation(world, slug) }),
  "admin.cancelInvitation": async (world, slug) => ({ invitationId: await pendingInvitation(world, slug) }),
  "admin.addOrganisation": async () => ({ name: `Organisation ${fresh()}`, kind: "business", ownerEmail: `${fresh()}@owner.example` }),
  "admin.audit": async () => ({ page: 1 }),
  "invitations.accept": async (world, slug) => {
    const scope = councilScope(world.database, slug);
    return { token: await scope.run((tx) => createInvitation(tx, scope, { email: `${fresh()}@volunteer.example`, role: "volunteer", invitedBy: "test" })) };
  },
  "organisation.invite": async (world) => ({ organisationId: world.organisationId, email: `${fresh()}@member.example` }),
  "organisation.resendInvitation": async (world, slug) => ({ invitationId: await pendingInvitation(world, slug, world.organisationId) }),
  "organisation.cancelInvitation": async (world, slug) => ({ invitationId: await pendingInvitation(world, slug, world.organisationId) }),
  "match.addCategory": async () => ({ name: `Category ${fresh()}`, description: "Help of a new kind." }),
  "match.updateCategory": async (world, slug) => ({ categoryId: await ownCategory(world, slug), name: `Renamed ${fresh()}`, description: "Help of a renamed kind." }),
  "match.moveCategory": async (world, slug) => ({ categoryId: await ownCategory(world, slug), direction: "up" }),
  "match.retireCategory": async (world, slug) => ({ categoryId: await ownCategory(world, slug) }),
  "match.restoreCategory": async (world, slug) => ({ categoryId: await ownCategory(world, slug, true) }),
  "match.directory": directorySearch,
  "match.directoryOffer": async (world, slug) => ({ offerId: await sampleOfferId(world, slug) }),
  "match.myOffer": async (world, slug) => ({ offerId: await sampleOfferId(world, slug) }),
  "match.addOffer": async (world, slug) => {
    const { helperId, categoryId } = await residentsHelper(world, slug);
    return { helperId, ...sampleOffer(categoryId) };
  },
  "match.updateOffer": async (world, slug) => {
    const { offerId, categoryId } = await sampleOfferIn(world, slug);
    return { offerId, ...sampleOffer(categoryId), title: "Shopping trips by car" };
  },
  "match.withdrawOffer": async (world, slug) => ({ offerId: await sampleOfferId(world, slug) }),
  "match.publishOffer": async (world, slug) => ({ offerId: await sampleOfferId(world, slug, "withdrawn") }),
  "match.saveMatchSettings": async () => ({ distance: 6, availability: 3, continuity: 4, fairLoad: 2, language: 1, needExpiryDays: 21 }),
  "match.answerNeedQuestion": async () => ({ question: "description", description: "Help with my shopping" }),
  "match.submitNeed": async (world, slug) => completeNeedDraft(world, slug),
  "match.myNeed": async (world, slug) => ({ reference: await sampleNeedReference(world, slug) }),
  "match.withdrawNeed": async (world, slug) => ({ reference: await sampleNeedReference(world, slug), reason: "My neighbour is helping now" }),
  "match.staffNeeds": async () => ({ status: "open" }),
  "match.staffNeed": async (world, slug) => ({ reference: await sampleNeedReference(world, slug) }),
  "match.closeNeed": async (world, slug) => ({ reference: await sampleNeedReference(world, slug), reason: "Met by a local group" }),
  "match.createNeedForResident": async (_world, slug) => ({
    residentEmail: `${fresh()}@resident.example`,
    ...needDetailsFor(slug),
    consentGivenBy: "Pat Resident",
    consentOn: "2026-01-05",
    consentHow: "phone",
  }),
  "match.suggestions": async (world, slug) => ({ needId: (await sampleNeedAndHelper(world, slug)).needId }),
  "match.exclusions": async (world, slug) => sampleNeedAndHelper(world, slug),
  "match.matchSafety": async (world, slug) => ({ matchId: (await sampleMatch(world, slug)).matchId }),
  "match.raiseConcern": async (world, slug) => ({ matchId: (await sampleMatch(world, slug)).matchId, details: "They asked to borrow money." }),
  "match.rateHelp": async (world, slug) => ({ matchId: (await sampleMatch(world, slug, "ended")).matchId, stars: 5, comment: "Kind and on time." }),
  "match.concerns": async () => ({ status: "open" }),
  "match.concern": async (world, slug) => ({ reference: (await sampleConcern(world, slug)).reference }),
  "match.addConcernNote": async (world, slug) => ({ reference: (await sampleConcern(world, slug)).reference, note: "Called the resident." }),
  "match.closeConcern": async (world, slug) => ({ reference: (await sampleConcern(world, slug)).reference, outcome: "No further action." }),
  "match.pauseHelper": async (world, slug) => ({ ...(await sampleConcern(world, slug)), reason: "Looking into a concern" }),
  "match.resumeHelper": async (world, slug) => sampleConcern(world, slug, true),
  "match.offerToHelp": async (world, slug) => {
    const { needId, helperId } = await sampleNeedToOffer(world, slug);
    return { needId, helperId };
  },
  "match.withdrawOfferToHelp": async (world, slug) => ({ matchId: (await sampleMatchOfHelp(world, slug, "offered", "offered", true)).matchId }),
  "match.offersOfHelp": async (world, slug) => ({ reference: (await sampleMatchOfHelp(world, slug, "offered", "offered")).reference }),
  "match.acceptOfferOfHelp": async (world, slug) => ({ matchId: (await sampleMatchOfHelp(world, slug, "offered", "offered")).matchId }),
  "match.declineOfferOfHelp": async (world, slug) => ({ matchId: (await sampleMatchOfHelp(world, slug, "offered", "offered")).matchId, reason: "A neighbour is helping now" }),
  "match.startHelp": async (world, slug) => ({ matchId: (await sampleMatchOfHelp(world, slug, "accepted", "matched")).matchId }),
  "match.finishHelp": async (world, slug) => ({ matchId: (await sampleMatchOfHelp(world, slug, "accepted", "in_progress")).matchId }),
  "match.matchDetails": async (world, slug) => ({ matchId: (await sampleMatchOfHelp(world, slug, "accepted", "matched")).matchId }),
  "match.proposeHelper": async (world, slug) => {
    const { needId, helperId } = await sampleNeedToPropose(world, slug);
    return { needId, helperId };
  },
  "match.sendBatch": async (world, slug) => {
    const { needId, helperId } = await sampleNeedToPropose(world, slug);
    return { pairs: [{ needId, helperId }] };
  },
  "match.startSignUp": async () => ({}),
  "match.signUp": async (world, slug) => ({ helperId: await sampleHelper(world, slug) }),
  "match.saveSignUpTask": async (world, slug) => ({ helperId: await sampleHelper(world, slug), task: "capacity", capacity: 3 }),
  "match.submitSignUp": async (world, slug) => ({ helperId: await sampleHelper(world, slug, "applying", true) }),
  "match.chooseNotice": async (world, slug) => ({ helperId: await sampleHelper(world, slug), notice: "daily" }),
  "match.staffHelper": async (world, slug) => ({ helperId: await sampleHelper(world, slug, "submitted", true) }),
  "match.approveHelper": async (world, slug) => ({ helperId: await sampleHelper(world, slug, "submitted", true) }),
  "match.declineHelper": async (world, slug) => ({ helperId: await sampleHelper(world, slug, "submitted", true), reason: "We could not confirm your references." }),
  "match.recordVetting": async (world, slug) => ({
    helperId: await sampleHelper(world, slug, "submitted", true),
    check: "dbs_enhanced",
    certificateNumber: "001234567890",
    issuedOn: "2026-01-05",
    updateService: "yes",
    recheckOn: "2029-01-05",
  }),
  "people.record": async (world, slug) => ({ email: (await enrol(councilScope(world.database, slug), `${fresh()}@resident.example`, ["resident"])).email }),
  "operator.onboard": async () => ({ name: "London Borough of Test", slug: fresh(), hosts: "", adminEmail: `${fresh()}@admin.example` }),
  "operator.suspend": async (world) => ({ slug: await newCouncil(world) }),
  "operator.resume": async (world) => {
    const slug = await newCouncil(world);
    await suspendCouncil(world.database, slug);
    return { slug };
  },
  "operator.archive": async (world) => ({ slug: await newCouncil(world) }),
  "operator.archiveFile": async (world) => ({ file: (await archiveCouncil(world.database, await newCouncil(world))).split("/").pop() }),
};
