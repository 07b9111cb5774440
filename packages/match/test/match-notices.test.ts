import { councilSchema, councilScope } from "@lgp/db";
import { Temporal } from "@lgp/time";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { queueNewNeedNotices, sendNeedsDigest, sendNewNeedNotices } from "../src/new-need-notices";
import { testCouncils } from "./support/council";
import { addEligibleHelper, emailsTo, enqueueOnly, mailFor, needAndHelper } from "./support/matching";

const { helpers, people } = councilSchema;

const councils = testCouncils("match-notices", ["kingston"]);
enqueueOnly(() => councils.database);
const scope = () => councilScope(councils.database, "kingston");

async function emailOf(tx: Parameters<typeof emailsTo>[0], personId: number) {
  const [person] = await tx.select({ email: people.email }).from(people).where(eq(people.id, personId));
  return person!.email;
}

describe("new-need notices", () => {
  it("email at once only the eligible helpers who chose at once, and the digest only those who chose daily", async () => {
    await councils.run("kingston", async (tx) => {
      const { need, helper, helperPersonId } = await needAndHelper(tx);
      const daily = await addEligibleHelper(tx, need.categoryId);
      const never = await addEligibleHelper(tx, need.categoryId);
      const paused = await addEligibleHelper(tx, need.categoryId, { paused: true });
      await tx.update(helpers).set({ notice: "daily" }).where(eq(helpers.id, daily.helper.id));
      await tx.update(helpers).set({ notice: "never" }).where(eq(helpers.id, never.helper.id));
      expect(helper.notice).toBe("immediately");

      expect(await sendNewNeedNotices(tx, mailFor(scope()), need.id)).toBe(1);
      const atOnce = await emailsTo(tx, await emailOf(tx, helperPersonId));
      expect(atOnce.map((e) => e.kind)).toEqual(["match-new-need"]);
      expect(atOnce[0]!.text).not.toContain("resident-");

      expect(await sendNeedsDigest(tx, mailFor(scope()), Temporal.Now.instant().add({ seconds: 1 }))).toBe(1);
      expect((await emailsTo(tx, await emailOf(tx, daily.personId))).map((e) => e.kind)).toEqual(["match-new-needs-digest"]);
      for (const quiet of [never, paused]) expect(await emailsTo(tx, await emailOf(tx, quiet.personId))).toEqual([]);

      // The next digest holds only needs opened since this one: none.
      expect(await sendNeedsDigest(tx, mailFor(scope()), Temporal.Now.instant().add({ seconds: 2 }))).toBe(0);
    });
  });

  it("are queued with the need, as a job carrying its id only", async () => {
    await councils.run("kingston", async (tx) => {
      const { need } = await needAndHelper(tx);
      await expect(queueNewNeedNotices(tx, scope(), need.id)).resolves.toBeUndefined();
    });
  });
});
