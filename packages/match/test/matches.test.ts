import { councilSchema, councilScope, InputError } from "@lgp/db";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { acceptOffer, declineOffer, finishHelp, offerToHelp, proposeHelper, startHelp, withdrawOfferToHelp } from "../src/matches";
import { matchForViewer, offersForNeed } from "../src/match-view";
import { testCouncils } from "./support/council";
import { addEligibleHelper, emailsTo, enqueueOnly, mailFor, needAndHelper, needStatus, trail } from "./support/matching";

const { helpers, matches, people } = councilSchema;

const councils = testCouncils("matches", ["kingston", "richmond"]);
enqueueOnly(() => councils.database);
const scope = () => councilScope(councils.database, "kingston");
const inKingston = <T>(fn: Parameters<typeof councils.run<T>>[1]) => councils.run("kingston", fn);

describe("an offer of help", () => {
  it("goes offer → accept → start → done, with the need's trail and both sides' contact details emailed", async () => {
    await inKingston(async (tx) => {
      const { need, helper, helperPersonId } = await needAndHelper(tx);
      const match = await offerToHelp(tx, mailFor(scope()), { needId: need.id, helperId: helper.id, actorId: helperPersonId });
      expect(match).toMatchObject({ status: "offered", proposedBy: helperPersonId });
      expect(match!.reasons.length).toBeGreaterThan(0);
      const [resident] = await tx.select().from(people).where(eq(people.id, need.residentId));
      expect((await emailsTo(tx, resident!.email)).map((e) => e.kind)).toEqual(["match-offer"]);

      const accepted = await acceptOffer(tx, mailFor(scope()), { matchId: match!.id, actorId: need.residentId, asStaff: false });
      expect(accepted!.match.status).toBe("accepted");
      const [helperPerson] = await tx.select().from(people).where(eq(people.id, helperPersonId));
      const toHelper = await emailsTo(tx, helperPerson!.email);
      expect(toHelper.map((e) => e.kind)).toEqual(["match-resident-contact"]);
      expect(toHelper[0]!.text).toContain(resident!.email);
      expect(toHelper[0]!.text).toContain("KT1 2AA");
      const toResident = await emailsTo(tx, resident!.email);
      expect(toResident.map((e) => e.kind)).toEqual(["match-offer", "match-helper-contact"]);
      expect(toResident[1]!.text).toContain(helperPerson!.email);

      await startHelp(tx, { matchId: match!.id, actorId: helperPersonId, asStaff: false });
      const ended = await finishHelp(tx, { matchId: match!.id, actorId: need.residentId, asStaff: false });
      expect(ended!.status).toBe("ended");
      expect(await needStatus(tx, need.id)).toBe("done");
      expect(await trail(tx, need.id)).toEqual(["open → offered", "offered → matched", "matched → in_progress", "in_progress → done"]);
    });
  });

  it("declines the other offers waiting when one is accepted", async () => {
    await inKingston(async (tx) => {
      const { need, helper, helperPersonId } = await needAndHelper(tx);
      const other = await addEligibleHelper(tx, need.categoryId);
      const first = await offerToHelp(tx, mailFor(scope()), { needId: need.id, helperId: helper.id, actorId: helperPersonId });
      const second = await offerToHelp(tx, mailFor(scope()), { needId: need.id, helperId: other.helper.id, actorId: other.personId });
      const accepted = await acceptOffer(tx, mailFor(scope()), { matchId: first!.id, actorId: need.residentId, asStaff: false });
      expect(accepted!.declinedIds).toEqual([second!.id]);
      const [row] = await tx.select().from(matches).where(eq(matches.id, second!.id));
      expect(row!.status).toBe("declined");
      // The helper not chosen hears so, by reference only.
      const [otherPerson] = await tx.select().from(people).where(eq(people.id, other.personId));
      expect((await emailsTo(tx, otherPerson!.email)).map((e) => e.kind)).toEqual(["match-offer-not-taken-up"]);
    });
  });

  it("returns the need to open when the resident declines the only offer", async () => {
    await inKingston(async (tx) => {
      const { need, helper, helperPersonId } = await needAndHelper(tx);
      const match = await offerToHelp(tx, mailFor(scope()), { needId: need.id, helperId: helper.id, actorId: helperPersonId });
      const declined = await declineOffer(tx, mailFor(scope()), { matchId: match!.id, actorId: need.residentId, asStaff: false, reason: "I found help elsewhere" });
      expect(declined!.status).toBe("declined");
      // The helper is told their offer was not taken up; the resident's reason stays in the trail.
      const [helperPerson] = await tx.select().from(people).where(eq(people.id, helperPersonId));
      const told = await emailsTo(tx, helperPerson!.email);
      expect(told.map((e) => e.kind)).toEqual(["match-offer-not-taken-up"]);
      expect(JSON.stringify(told)).not.toContain("I found help elsewhere");
      expect(await needStatus(tx, need.id)).toBe("open");
      expect(await trail(tx, need.id)).toEqual(["open → offered", "offered → open"]);
    });
  });

  it("keeps the need offered when another offer is still waiting", async () => {
    await inKingston(async (tx) => {
      const { need, helper, helperPersonId } = await needAndHelper(tx);
      const other = await addEligibleHelper(tx, need.categoryId);
      const match = await offerToHelp(tx, mailFor(scope()), { needId: need.id, helperId: helper.id, actorId: helperPersonId });
      await offerToHelp(tx, mailFor(scope()), { needId: need.id, helperId: other.helper.id, actorId: other.personId });
      await declineOffer(tx, mailFor(scope()), { matchId: match!.id, actorId: need.residentId, asStaff: false, reason: "" });
      expect(await needStatus(tx, need.id)).toBe("offered");
    });
  });

  it("reopens the need when the helper withdraws", async () => {
    await inKingston(async (tx) => {
      const { need, helper, helperPersonId } = await needAndHelper(tx);
      const match = await offerToHelp(tx, mailFor(scope()), { needId: need.id, helperId: helper.id, actorId: helperPersonId });
      expect(await withdrawOfferToHelp(tx, { matchId: match!.id, actorId: need.residentId })).toBeNull();
      expect((await withdrawOfferToHelp(tx, { matchId: match!.id, actorId: helperPersonId }))!.status).toBe("withdrawn");
      expect(await needStatus(tx, need.id)).toBe("open");
    });
  });

  it("is refused, naming why, for a helper who is not eligible", async () => {
    await inKingston(async (tx) => {
      const { need, helper, helperPersonId } = await needAndHelper(tx, { status: "submitted" });
      await expect(offerToHelp(tx, mailFor(scope()), { needId: need.id, helperId: helper.id, actorId: helperPersonId })).rejects.toThrow(/not been approved/);
      await tx.update(helpers).set({ status: "approved", pausedAt: new Date() }).where(eq(helpers.id, helper.id));
      await expect(offerToHelp(tx, mailFor(scope()), { needId: need.id, helperId: helper.id, actorId: helperPersonId })).rejects.toThrow(/paused/);
      expect(await needStatus(tx, need.id)).toBe("open");
    });
  });

  it("is refused a second time, and for a need no longer waiting", async () => {
    await inKingston(async (tx) => {
      const { need, helper, helperPersonId } = await needAndHelper(tx);
      await offerToHelp(tx, mailFor(scope()), { needId: need.id, helperId: helper.id, actorId: helperPersonId });
      await expect(offerToHelp(tx, mailFor(scope()), { needId: need.id, helperId: helper.id, actorId: helperPersonId })).rejects.toThrow(InputError);
      const other = await addEligibleHelper(tx, need.categoryId);
      const [match] = await tx.select().from(matches).where(eq(matches.needId, need.id));
      await acceptOffer(tx, mailFor(scope()), { matchId: match!.id, actorId: need.residentId, asStaff: false });
      await expect(offerToHelp(tx, mailFor(scope()), { needId: need.id, helperId: other.helper.id, actorId: other.personId })).rejects.toThrow(/no longer waiting/);
    });
  });

  it("is not made for a helper the person does not act for", async () => {
    await inKingston(async (tx) => {
      const { need, helper } = await needAndHelper(tx);
      expect(await offerToHelp(tx, mailFor(scope()), { needId: need.id, helperId: helper.id, actorId: need.residentId })).toBeNull();
    });
  });

  it("can be put forward by staff, as a proposal of theirs", async () => {
    await inKingston(async (tx) => {
      const { need, helper } = await needAndHelper(tx);
      const [staff] = await tx.insert(people).values({ email: `staff-${need.id}@example.com` }).returning();
      const match = await proposeHelper(tx, mailFor(scope()), { needId: need.id, helperId: helper.id, actorId: staff!.id });
      expect(match).toMatchObject({ status: "offered", proposedBy: staff!.id });
      // Only the resident or staff answer an offer.
      expect(await acceptOffer(tx, mailFor(scope()), { matchId: match!.id, actorId: staff!.id, asStaff: false })).toBeNull();
      expect((await acceptOffer(tx, mailFor(scope()), { matchId: match!.id, actorId: staff!.id, asStaff: true }))!.match.status).toBe("accepted");
    });
  });
});

describe("a match's page", () => {
  it("shows the helper the resident's name, email and postcode only once the offer is accepted", async () => {
    await inKingston(async (tx) => {
      const { need, helper, helperPersonId } = await needAndHelper(tx);
      await tx.update(people).set({ name: "Rosa Resident" }).where(eq(people.id, need.residentId));
      const match = await offerToHelp(tx, mailFor(scope()), { needId: need.id, helperId: helper.id, actorId: helperPersonId });
      const before = await matchForViewer(tx, match!.id, { personId: helperPersonId, asStaff: false });
      expect(before!.contacts).toBeNull();
      expect(before!.need.district).toBe("KT1");
      expect(JSON.stringify(before)).not.toMatch(/Rosa|resident-/);
      expect(before!.need).not.toHaveProperty("postcode");

      await acceptOffer(tx, mailFor(scope()), { matchId: match!.id, actorId: need.residentId, asStaff: false });
      const after = await matchForViewer(tx, match!.id, { personId: helperPersonId, asStaff: false });
      expect(after!.contacts!.resident).toMatchObject({ name: "Rosa Resident", postcode: "KT1 2AA" });
      expect(after!.contacts!.helper.map((p) => p.id)).toEqual([helperPersonId]);
    });
  });

  it("is not found by anyone but the resident, the helper's people and staff", async () => {
    await inKingston(async (tx) => {
      const { need, helper, helperPersonId } = await needAndHelper(tx);
      const match = await offerToHelp(tx, mailFor(scope()), { needId: need.id, helperId: helper.id, actorId: helperPersonId });
      const [stranger] = await tx.insert(people).values({ email: `stranger-${match!.id}@example.com` }).returning();
      expect(await matchForViewer(tx, match!.id, { personId: stranger!.id, asStaff: false })).toBeNull();
      expect(await matchForViewer(tx, match!.id, { personId: need.residentId, asStaff: false })).toMatchObject({ viewer: { resident: true, helper: false } });
      expect(await matchForViewer(tx, match!.id, { personId: stranger!.id, asStaff: true })).toMatchObject({ viewer: { staff: true } });
      expect(await offersForNeed(tx, need.reference, { personId: stranger!.id, asStaff: false })).toBeNull();
      expect((await offersForNeed(tx, need.reference, { personId: need.residentId, asStaff: false }))!.offers).toHaveLength(1);
    });
  });

  it("is not found from another council", async () => {
    const matchId = await inKingston(async (tx) => {
      const { need, helper, helperPersonId } = await needAndHelper(tx);
      return (await offerToHelp(tx, mailFor(scope()), { needId: need.id, helperId: helper.id, actorId: helperPersonId }))!.id;
    });
    await councils.run("richmond", async (tx) => {
      expect(await matchForViewer(tx, matchId, { personId: 1, asStaff: true })).toBeNull();
    });
  });
});
