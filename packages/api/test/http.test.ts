import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_BATCH_SIZE } from "../src/batch-size";
import { createContext, type Person } from "../src/context";
import { httpOptions } from "../src/http";
import { samples } from "./support/samples";
import { createWorld, type World } from "./support/world";

let world: World;
beforeAll(async () => {
  world = await createWorld("http");
});
afterAll(() => world?.close());

/** A request to the API on Kingston's site, handled with the options the app's route uses. */
async function send(path: string, init: RequestInit = {}, person: Person | null = null) {
  const site = await world.site("kingston");
  const response = await fetchRequestHandler({
    ...httpOptions,
    req: new Request(`http://kingston.localhost:3000/api/trpc/${path}`, init),
    createContext: () => createContext(world.database, site, person),
  });
  return { status: response.status, body: (await response.json()) as unknown };
}

const batchOf = (size: number) => `${Array(size).fill("site.home").join(",")}?batch=1`;

describe("a batch of calls", () => {
  it(`of ${MAX_BATCH_SIZE} calls is answered`, async () => {
    const { status, body } = await send(batchOf(MAX_BATCH_SIZE));
    expect(status).toBe(200);
    expect(body).toHaveLength(MAX_BATCH_SIZE);
  });

  it(`of more than ${MAX_BATCH_SIZE} calls is a 400 saying how many a batch may hold`, async () => {
    const { status, body } = await send(batchOf(MAX_BATCH_SIZE + 1));
    expect(status).toBe(400);
    expect(body).toEqual({
      error: { message: `A batch may hold at most ${MAX_BATCH_SIZE} calls. Send the calls in smaller batches.`, code: -32600, data: { code: "BAD_REQUEST", httpStatus: 400 } },
    });
  });
});

describe("a field a procedure does not declare", () => {
  it("is a 400 naming it, beside the field", async () => {
    const input = { ...((await samples["admin.saveOneLogin"]!(world, "kingston")) as object), issuerOverride: "https://attacker.example/" };
    const { status, body } = await send("admin.saveOneLogin", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(input) }, world.people.kingstonAdmin);
    expect(status).toBe(400);
    expect(body).toMatchObject({
      error: {
        message: 'Unrecognised field "issuerOverride". Leave it out and try again.',
        data: { code: "BAD_REQUEST", fields: { issuerOverride: 'Unrecognised field "issuerOverride". Leave it out and try again.' } },
      },
    });
  });
});
