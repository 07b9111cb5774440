import { councilScope } from "@lgp/db";
import { createInvitation, listAudit, listPendingInvitations } from "@lgp/identity";
import { addOrganisation } from "@lgp/providers";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Person } from "../src/context";
import { callerFor, createWorld, enrol, type World } from "./support/world";

let world: World;
let richmondOwner: Person;
beforeAll(async () => {
  world = await createWorld("invitations");
  const richmond = councilScope(world.database, "richmond");
  const organisation = (await richmond.run((tx) => addOrganisation(tx, { name: "Richmond Carers", kind: "voluntary_group" })))!;
  // The first organisation in each council: the same id as Kingston Carers, so only the council tells them apart.
  if (organisation.id !== world.organisationId) throw new Error("Richmond's first organisation should share Kingston Carers' id.");
  richmondOwner = await enrol(richmond, "owner@richmond-carers.example", ["provider_owner"], organisation.id);
});
afterAll(() => world?.close());

const kingston = () => councilScope(world.database, "kingston");
const as = async (slug: "kingston" | "richmond", person: Person | null) => callerFor(world, await world.site(slug), person);
const asKingstonAdmin = () => as("kingston", world.people.kingstonAdmin);
const asKingstonOwner = () => as("kingston", world.people.kingstonOwner);

/** Every invitation row for `email` in Kingston, as stored. */
const stored = async (email: string) => (await kingston().run((tx) => tx.select().from(kingston().tables.invitations))).filter((r) => r.email === email);

/** The tokens in the links of every email queued to `email` in Kingston, oldest first. */
async function linksTo(email: string): Promise<string[]> {
  const rows = (await kingston().run((tx) => tx.select().from(kingston().tables.emails))).filter((r) => r.recipient === email).sort((a, b) => a.id - b.id);
  return rows.map((r) => decodeURIComponent(/token=([^\s&"]+)/.exec((r.message as { text: string }).text)![1]!));
}

const accept = async (token: string) => (await as("kingston", null)).invitations.accept({ token });
const pendingIdOf = async (email: string) => (await (await asKingstonAdmin()).admin.invitations()).find((i) => i.email === email)?.id;
const auditOf = (action: string) => kingston().run((tx) => listAudit(tx, kingston(), { action }));

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(() => null, (e: unknown) => e);
  if (!(error instanceof TRPCError)) throw new Error(`Expected a refusal, got ${String(error)}`);
  return { code: error.code, message: error.message };
}

describe("an admin's pending invitations", () => {
  it("are listed with who sent them and when, never with a token; accepted ones are not", async () => {
    await (await asKingstonAdmin()).admin.invite({ email: "listed@kingston.example", role: "council_staff" });
    const [listed] = (await (await asKingstonAdmin()).admin.invitations()).filter((i) => i.email === "listed@kingston.example");
    expect(listed).toMatchObject({ role: "council_staff", invitedBy: "admin@kingston.example", organisation: null });
    expect(Object.keys(listed!).sort()).toEqual(["email", "expiresAt", "id", "invitedBy", "organisation", "organisationId", "role", "sentAt"]);
    expect(listed!.expiresAt.getTime() - listed!.sentAt.getTime()).toBe(7 * 86_400_000);

    await accept((await linksTo("listed@kingston.example"))[0]!);
    expect(await pendingIdOf("listed@kingston.example")).toBeUndefined();
  });

  it("are resent with a new link in a newly queued email; the earlier link stops working, and the resend is audited", async () => {
    await (await asKingstonAdmin()).admin.invite({ email: "resent@kingston.example", role: "volunteer" });
    const [before] = await stored("resent@kingston.example");
    expect(await (await asKingstonAdmin()).admin.resendInvitation({ invitationId: before!.id })).toEqual({ email: "resent@kingston.example" });

    const [after] = await stored("resent@kingston.example");
    expect(after!.sentAt.getTime()).toBeGreaterThan(before!.sentAt.getTime());
    expect(after!.expiresAt.getTime()).toBeGreaterThan(before!.expiresAt.getTime());
    const [first, second] = await linksTo("resent@kingston.example");
    expect(second).toBeDefined();
    expect(second).not.toBe(first);
    expect(await accept(first!)).toEqual({ ok: false, reason: "unknown" });
    expect(await accept(second!)).toEqual({ ok: true, role: "volunteer" });
    expect((await auditOf("invitation.resent"))[0]).toMatchObject({ actor: "admin@kingston.example", subject: "resent@kingston.example", ip: "192.0.2.1" });
  });

  it("are cancelled: the link then says so, and cancelling or resending again is refused with a 409 saying why", async () => {
    await (await asKingstonAdmin()).admin.invite({ email: "cancelled@kingston.example", role: "council_staff" });
    const id = (await pendingIdOf("cancelled@kingston.example"))!;
    expect(await (await asKingstonAdmin()).admin.cancelInvitation({ invitationId: id })).toEqual({ email: "cancelled@kingston.example" });
    expect(await pendingIdOf("cancelled@kingston.example")).toBeUndefined();
    expect(await accept((await linksTo("cancelled@kingston.example"))[0]!)).toEqual({ ok: false, reason: "cancelled" });
    expect((await auditOf("invitation.cancelled"))[0]).toMatchObject({ actor: "admin@kingston.example", subject: "cancelled@kingston.example" });

    expect(await refusal((await asKingstonAdmin()).admin.cancelInvitation({ invitationId: id }))).toEqual({ code: "CONFLICT", message: "The invitation to cancelled@kingston.example is already cancelled." });
    expect(await refusal((await asKingstonAdmin()).admin.resendInvitation({ invitationId: id }))).toEqual({
      code: "CONFLICT",
      message: "The invitation to cancelled@kingston.example was cancelled, so it cannot be resent. Send them a new invitation instead.",
    });
    expect(await linksTo("cancelled@kingston.example")).toHaveLength(1);
  });

  it("cannot be resent or cancelled once accepted or expired", async () => {
    await (await asKingstonAdmin()).admin.invite({ email: "accepted@kingston.example", role: "council_staff" });
    const accepted = (await pendingIdOf("accepted@kingston.example"))!;
    await accept((await linksTo("accepted@kingston.example"))[0]!);
    expect(await refusal((await asKingstonAdmin()).admin.resendInvitation({ invitationId: accepted }))).toEqual({
      code: "CONFLICT",
      message: "The invitation to accepted@kingston.example has already been accepted, so it cannot be resent.",
    });
    expect(await refusal((await asKingstonAdmin()).admin.cancelInvitation({ invitationId: accepted }))).toMatchObject({ code: "CONFLICT", message: expect.stringContaining("already been accepted") });

    await (await asKingstonAdmin()).admin.invite({ email: "late@kingston.example", role: "council_staff" });
    const late = (await pendingIdOf("late@kingston.example"))!;
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + 8 * 86_400_000 });
    try {
      expect(await refusal((await asKingstonAdmin()).admin.resendInvitation({ invitationId: late }))).toMatchObject({ code: "CONFLICT", message: expect.stringContaining("has expired") });
      expect(await pendingIdOf("late@kingston.example")).toBeUndefined();
    } finally {
      vi.useRealTimers();
    }
    expect(await linksTo("late@kingston.example")).toHaveLength(1);
  });
});

describe("inviting an address that has an invitation pending", () => {
  it("is refused with a 409 that offers resending it, and makes and sends nothing; once cancelled, the address can be invited again", async () => {
    await (await asKingstonAdmin()).admin.invite({ email: "twice@kingston.example", role: "council_staff" });
    expect(await refusal((await asKingstonAdmin()).admin.invite({ email: "Twice@Kingston.example", role: "safeguarding_lead" }))).toEqual({
      code: "CONFLICT",
      message: "There is already a pending invitation for twice@kingston.example. Resend it from the list of pending invitations, or cancel it there and then invite them again.",
    });
    expect(await stored("twice@kingston.example")).toHaveLength(1);
    expect(await linksTo("twice@kingston.example")).toHaveLength(1);
    expect((await auditOf("staff.invited")).filter((r) => r.subject === "twice@kingston.example")).toHaveLength(1);

    await (await asKingstonAdmin()).admin.cancelInvitation({ invitationId: (await pendingIdOf("twice@kingston.example"))! });
    await (await asKingstonAdmin()).admin.invite({ email: "twice@kingston.example", role: "safeguarding_lead" });
    expect((await (await asKingstonAdmin()).admin.invitations()).filter((i) => i.email === "twice@kingston.example").map((i) => i.role)).toEqual(["safeguarding_lead"]);
  });

  it("is refused for an owner inviting a member twice into one organisation, but not for the council inviting the same person as staff", async () => {
    await (await asKingstonOwner()).organisation.invite({ organisationId: world.organisationId, email: "member@carers.example" });
    expect(await refusal((await asKingstonOwner()).organisation.invite({ organisationId: world.organisationId, email: "member@carers.example" }))).toMatchObject({ code: "CONFLICT" });
    await (await asKingstonAdmin()).admin.invite({ email: "member@carers.example", role: "volunteer" });
    expect(await stored("member@carers.example")).toHaveLength(2);
  });
});

describe("an owner's pending invitations", () => {
  it("are those into their own organisations only, which they resend and cancel; anyone else's are not found", async () => {
    const kingstonScope = kingston();
    const other = (await kingstonScope.run((tx) => addOrganisation(tx, { name: "Another Kingston Group", kind: "business" })))!;
    await kingstonScope.run((tx) => createInvitation(tx, kingstonScope, { email: "elsewhere@another.example", role: "provider_member", invitedBy: "someone", organisationId: other.id }));
    await (await asKingstonOwner()).organisation.invite({ organisationId: world.organisationId, email: "mine@carers.example" });

    const listed = (await (await asKingstonOwner()).organisation.invitations()).map((i) => i.email);
    expect(listed).toContain("mine@carers.example");
    expect(listed).not.toContain("elsewhere@another.example");
    expect(listed).not.toContain("twice@kingston.example");

    const [mine] = await stored("mine@carers.example");
    expect(await (await asKingstonOwner()).organisation.resendInvitation({ invitationId: mine!.id })).toEqual({ email: "mine@carers.example" });
    expect(await linksTo("mine@carers.example")).toHaveLength(2);
    expect(await (await asKingstonOwner()).organisation.cancelInvitation({ invitationId: mine!.id })).toEqual({ email: "mine@carers.example" });

    const elsewhere = (await pendingIdOf("elsewhere@another.example"))!;
    const notFound = { code: "NOT_FOUND", message: "There is no such invitation here. Choose one from the list of pending invitations." };
    expect(await refusal((await asKingstonOwner()).organisation.resendInvitation({ invitationId: elsewhere }))).toEqual(notFound);
    expect(await refusal((await asKingstonOwner()).organisation.cancelInvitation({ invitationId: elsewhere }))).toEqual(notFound);
    expect(await pendingIdOf("elsewhere@another.example")).toBe(elsewhere);
  });
});

describe("an invitation's id from one council, on another council's site", () => {
  /** A pending Kingston invitation (into Kingston Carers, when `organisation`) whose id no Richmond invitation has. */
  async function kingstonOnly(organisation: boolean) {
    const richmond = councilScope(world.database, "richmond");
    const richmondIds = new Set((await richmond.run((tx) => tx.select({ id: richmond.tables.invitations.id }).from(richmond.tables.invitations))).map((r) => r.id));
    for (let i = 0; ; i++) {
      const email = `kingston-only-${organisation ? "member" : "staff"}-${i}@example.com`;
      await kingston().run((tx) => createInvitation(tx, kingston(), { email, role: organisation ? "provider_member" : "council_staff", invitedBy: "admin@kingston.example", organisationId: organisation ? world.organisationId : null }));
      const [row] = await stored(email);
      if (!richmondIds.has(row!.id)) return row!;
    }
  }

  const untouched = async (row: { email: string; tokenHash: string }) => {
    const [now] = await stored(row.email);
    expect(now).toMatchObject({ tokenHash: row.tokenHash, cancelledAt: null, acceptedAt: null });
    expect(await linksTo(row.email)).toEqual([]);
  };
  const notFound = { code: "NOT_FOUND", message: "There is no such invitation here. Choose one from the list of pending invitations." };

  it("is not listed, resent or cancelled by the other council's admin (admin.invitations, admin.resendInvitation, admin.cancelInvitation)", async () => {
    const row = await kingstonOnly(false);
    const richmondAdmin = await as("richmond", world.people.richmondAdmin);
    expect((await richmondAdmin.admin.invitations()).map((i) => i.email)).not.toContain(row.email);
    expect(await refusal(richmondAdmin.admin.resendInvitation({ invitationId: row.id }))).toEqual(notFound);
    expect(await refusal(richmondAdmin.admin.cancelInvitation({ invitationId: row.id }))).toEqual(notFound);
    await untouched(row);
  });

  it("is not listed, resent or cancelled by an owner there of an organisation with the same id (organisation.invitations, organisation.resendInvitation, organisation.cancelInvitation)", async () => {
    const row = await kingstonOnly(true);
    const owner = await as("richmond", richmondOwner);
    expect((await owner.organisation.invitations()).map((i) => i.email)).not.toContain(row.email);
    expect(await refusal(owner.organisation.resendInvitation({ invitationId: row.id }))).toEqual(notFound);
    expect(await refusal(owner.organisation.cancelInvitation({ invitationId: row.id }))).toEqual(notFound);
    await untouched(row);
  });

  it("reaches only the other council's own invitation where both councils have one with that id", async () => {
    const richmond = councilScope(world.database, "richmond");
    const kingstonRow = await kingstonOnly(false);
    let richmondId = 0;
    for (let i = 0; richmondId < kingstonRow.id; i++) {
      const email = `richmond-${i}@example.com`;
      await richmond.run((tx) => createInvitation(tx, richmond, { email, role: "council_staff", invitedBy: "admin@richmond.example" }));
      richmondId = (await richmond.run((tx) => listPendingInvitations(tx, richmond))).find((p) => p.email === email)!.id;
    }
    expect(richmondId).toBe(kingstonRow.id);
    await (await as("richmond", world.people.richmondAdmin)).admin.cancelInvitation({ invitationId: richmondId });
    expect((await (await as("richmond", world.people.richmondAdmin)).admin.invitations()).map((p) => p.id)).not.toContain(richmondId);
    await untouched(kingstonRow);
  });
});
