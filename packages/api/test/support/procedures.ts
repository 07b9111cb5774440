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
export type Guard = "council" | "platform" | "operator" | "council_admin" | "council_staff" | "provider_owner";

/** Each procedure's guard. The role matrix fails if a procedure is missing here. */
export const guardOf: Record<string, Guard> = {
  "site.home": "council",
  "site.details": "council",
  "match.categories": "council",
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
  // Gated by the module too: Kingston and Richmond have match on (the module gate's own test switches it off).
  "match.adminCategories": "council_admin",
  "match.addCategory": "council_admin",
  "match.updateCategory": "council_admin",
  "match.moveCategory": "council_admin",
  "match.retireCategory": "council_admin",
  "match.restoreCategory": "council_admin",
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
  const person = { council: null, council_admin: people.kingstonAdmin, council_staff: people.kingstonStaff, provider_owner: people.kingstonOwner }[guard];
  return { site: await world.site("kingston"), person };
}
