import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { allowedFor, call, guardOf, procedures } from "./support/procedures";
import { samples } from "./support/samples";
import { callerFor, createWorld, type World } from "./support/world";

let world: World;
beforeAll(async () => {
  world = await createWorld("strict");
});
afterAll(() => world?.close());

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && Object.getPrototypeOf(value) === Object.prototype;

describe("every procedure that takes an object", () => {
  it("has a sample input", () => {
    expect(procedures.filter((p) => p.takesInput && !samples[p.path]).map((p) => p.path)).toEqual([]);
  });

  for (const { path } of procedures.filter((p) => p.takesInput)) {
    it(`${path} refuses a field it does not declare, naming it`, async () => {
      const sample = await samples[path]!(world, "kingston");
      expect(isPlainObject(sample)).toBe(true);
      const { site, person } = await allowedFor(world, guardOf[path]!);
      const error = await call(callerFor(world, site, person), path, { ...(sample as object), sneakedIn: true }).then(() => null, (e: unknown) => e);
      expect(error).toBeInstanceOf(TRPCError);
      expect(error).toMatchObject({ code: "BAD_REQUEST", message: 'Unrecognised field "sneakedIn". Leave it out and try again.' });
    });
  }
});
