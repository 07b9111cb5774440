import { councilSchema, councilScope } from "@lgp/db";
import { TRPCError } from "@trpc/server";
import { createHash, randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContext } from "../src/context";
import { createCaller } from "../src/root";
import { createWorld, type World } from "./support/world";

let world: World;
beforeAll(async () => {
  world = await createWorld("session-token");
});
afterAll(() => world?.close());

/** A session on Kingston's site for its resident, as a sign-in leaves it, by its token. */
async function kingstonSession(expires: Date): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await councilScope(world.database, "kingston").run((tx) =>
    tx.insert(councilSchema.sessions).values({ tokenHash: createHash("sha256").update(token).digest("hex"), personId: world.people.kingstonResident.id, expires }),
  );
  return token;
}

/** A caller over HTTP on `slug`'s site: no person given, only the session cookie's token. */
const overHttp = async (slug: "kingston" | "richmond", token: string) => createCaller(createContext(world.database, await world.site(slug), null, { url: `http://${slug}.localhost` }, token));

const code = (promise: Promise<unknown>) => promise.then(() => "allowed", (e: unknown) => (e instanceof TRPCError ? e.code : e));

describe("the session cookie's token, read in the council's own transaction", () => {
  it("signs in the person a live session names, with their roles as the council holds them now", async () => {
    const caller = await overHttp("kingston", await kingstonSession(new Date(Date.now() + 86_400_000)));
    expect(await code(caller.booking.mine())).toBe("allowed");
    expect(await code(caller.booking.staffBookings({ from: "2026-12-01", days: 1 }))).toBe("FORBIDDEN");
  });

  it("signs in no one for an expired session, an unknown token, or another council's session", async () => {
    expect(await code((await overHttp("kingston", await kingstonSession(new Date(Date.now() - 1000)))).booking.mine())).toBe("UNAUTHORIZED");
    expect(await code((await overHttp("kingston", randomBytes(32).toString("base64url"))).booking.mine())).toBe("UNAUTHORIZED");
    expect(await code((await overHttp("richmond", await kingstonSession(new Date(Date.now() + 86_400_000)))).booking.mine())).toBe("UNAUTHORIZED");
  });
});
