import { councilScope } from "@lgp/db";
import { afterAll, beforeAll, expect, it } from "vitest";
import { callerFor, createWorld, type World } from "./support/world";

let world: World;
beforeAll(async () => {
  world = await createWorld("undelivered");
});
afterAll(() => world?.close());

it("admins see their own council's email that failed, with the problem, and no other council's", async () => {
  const kingston = councilScope(world.database, "kingston");
  const message = { to: "x", subject: "s", text: "t", html: "h", personalisation: {}, kind: "invitation", senderName: "Kingston" };
  await kingston.run((tx) =>
    tx.insert(kingston.tables.emails).values([
      { kind: "invitation", recipient: "lost@example.com", message, status: "failed", attempts: 6, lastError: "535 Authentication failed" },
      { kind: "sign-in", recipient: "pending@example.com", message, status: "queued", attempts: 2, lastError: "Connection timed out" },
      { kind: "sign-in", recipient: "fine@example.com", message, status: "sent", attempts: 0 },
      { kind: "sign-in", recipient: "waiting@example.com", message, status: "queued", attempts: 0 },
    ]),
  );
  const asKingston = callerFor(world, await world.site("kingston"), world.people.kingstonAdmin);
  const shown = (await asKingston.admin.overview()).undeliveredEmail;
  expect(shown.map((e) => [e.recipient, e.status, e.attempts, e.lastError])).toEqual([
    ["pending@example.com", "retrying", 2, "Connection timed out"],
    ["lost@example.com", "failed", 6, "535 Authentication failed"],
  ]);
  const asRichmond = callerFor(world, await world.site("richmond"), world.people.richmondAdmin);
  expect((await asRichmond.admin.overview()).undeliveredEmail).toEqual([]);
});
