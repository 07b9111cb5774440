import { generateKeyPairSync, randomBytes } from "node:crypto";
import { archiveCouncil, provisionCouncil, suspendCouncil } from "@lgp/councils";
import { councilScope } from "@lgp/db";
import { createInvitation, listPendingInvitations } from "@lgp/identity";
import { addCategory, retireCategory } from "@lgp/match";
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
