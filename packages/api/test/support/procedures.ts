import type { Site } from "@lgp/councils";
import type { AnyTRPCProcedure } from "@trpc/server";
import type { Person } from "../../src/context";
import { appRouter } from "../../src/root";
import type { Caller, World } from "./world";

/**
 * Every procedure in the router, read from the router itself, so none can be left out of a test. (At run
 * time the router keeps them flat, keyed by path, like "admin.setRoles"; its type says otherwise.)
 */
export const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, AnyTRPCProcedure>)
  .map(([path, procedure]) => ({ path, type: procedure._def.type, takesInput: procedure._def.inputs.length > 0 }))
  .sort((a, b) => a.path.localeCompare(b.path));

/** Who a procedure is for: what its procedure builder in trpc.ts guarantees. */
export type Guard = "council" | "platform" | "operator" | "signed_in" | "council_admin" | "council_staff" | "provider_owner" | "safeguarding_lead" | "referrer";

/** Each procedure's guard. The role matrix fails if a procedure is missing here. */
export const guardOf: Record<string, Guard> = {
  "site.home": "council",
  "site.details": "council",
  "match.categories": "council",
  "booking.bookables": "council",
  "booking.bookable": "council",
  "booking.times": "council",
  "booking.calendarFeed": "council",
  "booking.timesTogether": "council",
  "match.directory": "council",
  "match.directoryOffer": "council",
  "site.signInOptions": "council",
  "site.logo": "council",
  "site.hasLogo": "council",
  "invitations.accept": "council",
  "platform.councils": "platform",
  "operator.councils": "operator",
  "operator.archives": "operator",
  "operator.archiveFile": "operator",
  "operator.onboard": "operator",
  "operator.suspend": "operator",
  "operator.resume": "operator",
  "operator.archive": "operator",
  "admin.overview": "council_admin",
  "admin.saveOneLogin": "council_admin",
  "admin.saveStaffSso": "council_admin",
  "admin.updateBranding": "council_admin",
  "admin.uploadLogo": "council_admin",
  "admin.setModules": "council_admin",
  "admin.saveEmail": "council_admin",
  "admin.staff": "council_admin",
  "admin.invite": "council_admin",
  "admin.invitations": "council_admin",
  "admin.resendInvitation": "council_admin",
  "admin.cancelInvitation": "council_admin",
  "admin.setRoles": "council_admin",
  "admin.organisations": "council_admin",
  "admin.addOrganisation": "council_admin",
  "admin.audit": "council_admin",
  "organisation.mine": "provider_owner",
  "organisation.invite": "provider_owner",
  "organisation.invitations": "provider_owner",
  "organisation.resendInvitation": "provider_owner",
  "organisation.cancelInvitation": "provider_owner",
  "people.record": "council_staff",
  // Gated by the module too: Kingston and Richmond have match and booking on (the module gate's own test switches them off).
  // Anyone signed in; the domain finds only their own bookings (any, for staff).
  "booking.hold": "signed_in",
  "booking.confirm": "signed_in",
  "booking.cancel": "signed_in",
  "booking.reschedule": "signed_in",
  "booking.mine": "signed_in",
  "booking.details": "signed_in",
  "booking.joinWaitlist": "signed_in",
  "booking.holdTogether": "signed_in",
  "booking.leaveWaitlist": "signed_in",
  "booking.bookingCalendar": "signed_in",
  "booking.createCalendarFeed": "signed_in",
  "booking.revokeCalendarFeed": "signed_in",
  "booking.staffBookings": "council_staff",
  "booking.matchBookables": "council_staff",
  "booking.planSeries": "council_staff",
  "booking.bookSeries": "council_staff",
  "booking.decide": "council_staff",
  "booking.settings": "council_admin",
  "booking.saveSettings": "council_admin",
  "booking.adminBookables": "council_admin",
  "booking.adminBookable": "council_admin",
  "booking.addBookable": "council_admin",
  "booking.updateBookable": "council_admin",
  "booking.archiveBookable": "council_admin",
  "booking.restoreBookable": "council_admin",
  "booking.setDateHours": "council_admin",
  "booking.removeDateHours": "council_admin",
  "match.adminCategories": "council_admin",
  "match.addCategory": "council_admin",
  "match.updateCategory": "council_admin",
  "match.moveCategory": "council_admin",
  "match.retireCategory": "council_admin",
  "match.restoreCategory": "council_admin",
  "match.myHelpers": "signed_in",
  "match.startSignUp": "signed_in",
  "match.signUp": "signed_in",
  "match.saveSignUpTask": "signed_in",
  "match.submitSignUp": "signed_in",
  "match.chooseNotice": "signed_in",
  "match.staffHelpers": "council_staff",
  "match.staffHelper": "council_staff",
  "match.approveHelper": "council_staff",
  "match.declineHelper": "council_staff",
  "match.recordVetting": "council_staff",
  // Anyone signed in; the domain finds only the offers of helpers they act for.
  "match.myOffers": "signed_in",
  "match.myOffer": "signed_in",
  "match.addOffer": "signed_in",
  "match.updateOffer": "signed_in",
  "match.withdrawOffer": "signed_in",
  "match.publishOffer": "signed_in",
  "match.matchSettings": "council_admin",
  "match.saveMatchSettings": "council_admin",
  // Anyone signed in; the domain finds only their own draft and needs.
  "match.needDraft": "signed_in",
  "match.answerNeedQuestion": "signed_in",
  "match.submitNeed": "signed_in",
  "match.myNeeds": "signed_in",
  "match.myNeed": "signed_in",
  "match.withdrawNeed": "signed_in",
  // Staff and admins (and referrers, who hold no role in the matrix's callers: match-needs.test.ts covers them).
  "match.createNeedForResident": "referrer",
  // Staff, admins and safeguarding leads.
  "match.staffNeeds": "council_staff",
  "match.staffNeed": "council_staff",
  "match.closeNeed": "council_staff",
  "match.suggestions": "council_staff",
  "match.exclusions": "council_staff",
  // Anyone in the match (the domain finds no match they are not in); the queue and its cases are safeguarding leads' alone.
  "match.matchSafety": "signed_in",
  "match.raiseConcern": "signed_in",
  "match.rateHelp": "signed_in",
  "match.concerns": "safeguarding_lead",
  "match.concern": "safeguarding_lead",
  "match.addConcernNote": "safeguarding_lead",
  "match.closeConcern": "safeguarding_lead",
  "match.pauseHelper": "safeguarding_lead",
  "match.resumeHelper": "safeguarding_lead",
  "match.helpFeed": "signed_in",
  "match.offerToHelp": "signed_in",
  "match.withdrawOfferToHelp": "signed_in",
  "match.offersOfHelp": "signed_in",
  "match.acceptOfferOfHelp": "signed_in",
  "match.declineOfferOfHelp": "signed_in",
  "match.startHelp": "signed_in",
  "match.finishHelp": "signed_in",
  "match.matchDetails": "signed_in",
  "match.proposeHelper": "council_staff",
  "match.batchProposal": "council_staff",
  "match.sendBatch": "council_staff",
};

/** Calls the procedure at `path` ("admin.setRoles") on `caller`. */
export function call(caller: Caller, path: string, input?: unknown): Promise<unknown> {
  const procedure = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller);
  return (procedure as (input?: unknown) => Promise<unknown>)(input);
}

/** Someone each guard lets through: on Kingston's site, or the platform's for platform procedures. */
export async function allowedFor(world: World, guard: Guard): Promise<{ site: Site; person: Person | null }> {
  const { people } = world;
  if (guard === "platform") return { site: { kind: "platform" }, person: null };
  if (guard === "operator") return { site: { kind: "platform" }, person: people.operator };
  const person = { council: null, signed_in: people.kingstonResident, council_admin: people.kingstonAdmin, council_staff: people.kingstonStaff, provider_owner: people.kingstonOwner, safeguarding_lead: people.kingstonSafeguarding, referrer: people.kingstonReferrer }[guard];
  return { site: await world.site("kingston"), person };
}
