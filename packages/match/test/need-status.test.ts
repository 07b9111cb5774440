import { councilSchema, InputError } from "@lgp/db";
import { asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { canMoveNeed, moveNeed, NEED_MOVES } from "../src/need-status";
import { testCouncils } from "./support/council";
import { addTestNeed } from "./support/need";

const councils = testCouncils("need-status", ["bromley"]);
const { helpers, matches, needs, needEvents, people } = councilSchema;

const STATUSES = councilSchema.needStatus;
type Status = (typeof STATUSES)[number];
const LEGAL: ReadonlyArray<readonly [Status, Status]> = [
  ["open", "offered"],
  ["open", "withdrawn"],
  ["open", "expired"],
  ["open", "closed"],
  ["offered", "open"],
  ["offered", "matched"],
  ["offered", "withdrawn"],
  ["offered", "expired"],
  ["offered", "closed"],
  ["matched", "in_progress"],
  ["matched", "open"],
  ["matched", "withdrawn"],
  ["matched", "closed"],
  ["in_progress", "done"],
  ["in_progress", "open"],
  ["in_progress", "withdrawn"],
  ["in_progress", "closed"],
];
const isLegal = (from: Status, to: Status) => LEGAL.some(([f, t]) => f === from && t === to);

describe("NEED_MOVES", () => {
  it("allows exactly the moves of a need's life, and none out of done, withdrawn, expired or closed", () => {
    for (const from of STATUSES) for (const to of STATUSES) expect(canMoveNeed(from, to), `${from} → ${to}`).toBe(isLegal(from, to));
    for (const final of ["done", "withdrawn", "expired", "closed"] as const) expect(NEED_MOVES[final]).toEqual([]);
  });
});

describe("moveNeed", () => {
  it("makes every legal move, updating the need and appending who, from, to and why to its trail", async () => {
    for (const [from, to] of LEGAL) {
      const result = await councils.run("bromley", async (tx) => {
        const need = await addTestNeed(tx, { status: from });
        await moveNeed(tx, { needId: need.id, to, actorId: need.residentId, reason: `Testing ${from} to ${to}` });
        const [after] = await tx.select({ status: needs.status }).from(needs).where(eq(needs.id, need.id));
        const trail = await tx.select().from(needEvents).where(eq(needEvents.needId, need.id)).orderBy(asc(needEvents.id));
        return { status: after!.status, trail: trail.map((e) => ({ from: e.fromStatus, to: e.toStatus, actor: e.actorId === need.residentId, reason: e.reason })) };
      });
      expect(result, `${from} → ${to}`).toEqual({ status: to, trail: [{ from, to, actor: true, reason: `Testing ${from} to ${to}` }] });
    }
  });

  it("refuses every illegal move with a message a person can act on, and changes nothing", async () => {
    for (const from of STATUSES) {
      for (const to of STATUSES.filter((t) => !isLegal(from, t))) {
        const result = await councils.run("bromley", async (tx) => {
          const need = await addTestNeed(tx, { status: from });
          const error = await moveNeed(tx, { needId: need.id, to, actorId: null, reason: "Not allowed" }).catch((e: unknown) => e);
          const [after] = await tx.select({ status: needs.status }).from(needs).where(eq(needs.id, need.id));
          const trail = await tx.select().from(needEvents).where(eq(needEvents.needId, need.id));
          return { error, status: after!.status, events: trail.length };
        });
        expect(result.error, `${from} → ${to}`).toBeInstanceOf(InputError);
        expect((result.error as InputError).message).toMatch(/^This request .+, so it cannot .+\.$/);
        expect(result.status).toBe(from);
        expect(result.events).toBe(0);
      }
    }
  });

  it("says where the request stands and what cannot happen", async () => {
    const error = await councils.run("bromley", async (tx) => {
      const need = await addTestNeed(tx, { status: "closed" });
      return moveNeed(tx, { needId: need.id, to: "offered", actorId: null, reason: "An offer" }).catch((e: unknown) => e);
    });
    expect((error as Error).message).toBe("This request is already closed, so it cannot be offered help.");
  });

  it("refuses a need that does not exist", async () => {
    const error = await councils.run("bromley", (tx) => moveNeed(tx, { needId: 999_999, to: "closed", actorId: null, reason: "Gone" }).catch((e: unknown) => e));
    expect(error).toBeInstanceOf(InputError);
  });

  it("records a move made by the platform with no actor", async () => {
    const actor = await councils.run("bromley", async (tx) => {
      const need = await addTestNeed(tx);
      await moveNeed(tx, { needId: need.id, to: "expired", actorId: null, reason: "No helper was found within 28 days" });
      const [event] = await tx.select().from(needEvents).where(eq(needEvents.needId, need.id));
      return event!.actorId;
    });
    expect(actor).toBeNull();
  });
});

describe("a need that ends without help", () => {
  it("declines the offers still waiting (held ones too) and ends a match under way; a done need's match is left to the helper's finish", async () => {
    const statuses = await councils.run("bromley", async (tx) => {
      const withdrawn = await addTestNeed(tx, { status: "offered" });
      const closed = await addTestNeed(tx, { status: "matched" });
      const volunteers = await tx
        .insert(people)
        .values([0, 1, 2].map((i) => ({ email: `volunteer-${i}-${withdrawn.id}@example.com` })))
        .returning();
      const [a, b, c] = await tx
        .insert(helpers)
        .values(volunteers.map((v) => ({ kind: "volunteer" as const, personId: v.id, publicName: "Val", status: "approved" as const })))
        .returning();
      const [offered, held, accepted] = await tx
        .insert(matches)
        .values([
          { needId: withdrawn.id, helperId: a!.id, proposedBy: volunteers[0]!.id, status: "offered" as const },
          { needId: withdrawn.id, helperId: b!.id, proposedBy: volunteers[1]!.id, status: "on_hold" as const, heldFrom: "offered" as const },
          { needId: closed.id, helperId: c!.id, proposedBy: volunteers[2]!.id, status: "accepted" as const },
        ])
        .returning();
      await moveNeed(tx, { needId: withdrawn.id, to: "withdrawn", actorId: withdrawn.residentId, reason: "No longer needed" });
      await moveNeed(tx, { needId: closed.id, to: "closed", actorId: null, reason: "Closed by staff" });
      const after = await tx.select({ id: matches.id, status: matches.status, heldFrom: matches.heldFrom }).from(matches);
      const of = (id: number) => after.find((m) => m.id === id)!;
      return [of(offered!.id), of(held!.id), of(accepted!.id)].map((m) => `${m.status}/${m.heldFrom}`);
    });
    expect(statuses).toEqual(["declined/null", "declined/null", "ended/null"]);
  });
});
