import { councilSchema, councilScope } from "@lgp/db";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { sendBatch } from "../src/batch-send";
import { proposeBatch } from "../src/ranking";
import { testCouncils } from "./support/council";
import { addEligibleHelper, enqueueOnly, mailFor, needAndHelper, needStatus } from "./support/matching";
import { addTestNeed } from "./support/need";
import { PLACES } from "./support/offer-seed";

const { helpers, matches, people } = councilSchema;

const councils = testCouncils("batch-send", ["kingston"]);
enqueueOnly(() => councils.database);
const scope = () => councilScope(councils.database, "kingston");

describe("sending a batch", () => {
  it("writes nothing until sent, then re-checks each pair and skips, with the reason, those no longer eligible", async () => {
    await councils.run("kingston", async (tx) => {
      const { need, helper } = await needAndHelper(tx);
      const second = await addTestNeed(tx, { postcode: "KT1 2AA", ...PLACES["KT1 2AA"], times: ["mon-morning"] });
      const other = await addEligibleHelper(tx, second.categoryId);
      const [staff] = await tx.insert(people).values({ email: "batch-staff@example.com" }).returning();

      const proposal = await proposeBatch(tx);
      expect(proposal.map((p) => [p.needId, p.helperId])).toEqual([
        [need.id, helper.id],
        [second.id, other.helper.id],
      ]);
      expect(await tx.select().from(matches)).toEqual([]);

      await tx.update(helpers).set({ pausedAt: new Date() }).where(eq(helpers.id, other.helper.id));
      const result = await sendBatch(tx, mailFor(scope()), { pairs: proposal, actorId: staff!.id });
      expect(result.sent.map((s) => s.needId)).toEqual([need.id]);
      expect(result.skipped).toEqual([{ needId: second.id, helperId: other.helper.id, reason: expect.stringMatching(/paused/) }]);
      const [made] = await tx.select().from(matches);
      expect(made).toMatchObject({ needId: need.id, helperId: helper.id, proposedBy: staff!.id, status: "offered" });
      expect(await needStatus(tx, need.id)).toBe("offered");
      expect(await needStatus(tx, second.id)).toBe("open");
    });
  });
});
