import { listCouncils } from "@lgp/councils";
import { councilScope, platformScope } from "@lgp/db";
import { grantRole, listAudit } from "@lgp/identity";
import { TRPCError } from "@trpc/server";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createContext } from "../src/context";
import { httpOptions } from "../src/http";
import { councilProcedure, createCallerFactory, router } from "../src/trpc";
import { allowedFor, call, guardOf } from "./support/procedures";
import { samples } from "./support/samples";
import { callerFor, createWorld, type World } from "./support/world";

let world: World;
beforeAll(async () => {
  world = await createWorld("errors");
});
afterAll(() => world?.close());
afterEach(() => vi.restoreAllMocks());

/** Calls `path` as someone its guard lets through. */
async function asAllowed(path: string, input?: unknown) {
  const { site, person } = await allowedFor(world, guardOf[path]!);
  return call(callerFor(world, site, person), path, input);
}

const failure = (promise: Promise<unknown>) => promise.then(() => null, (e: unknown) => e);

/** A procedure the database refuses: a role for a person who does not exist breaks a foreign key. */
const broken = router({ grant: councilProcedure.mutation(({ ctx }) => grantRole(ctx.tx, ctx.scope, 987654321, "council_staff")) });

describe("an error that is not a person's mistake", () => {
  it("answers over HTTP with a plain message and a reference, and logs the real error under that reference", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const response = await fetchRequestHandler({
      ...httpOptions,
      router: broken,
      req: new Request("http://kingston.localhost:3000/api/trpc/grant", { method: "POST", headers: { "content-type": "application/json" }, body: "{}" }),
      createContext: async () => createContext(world.database, await world.site("kingston"), null),
    });
    const body = await response.text();
    const { message } = (JSON.parse(body) as { error: { message: string } }).error;
    expect(response.status).toBe(500);
    const reference = /^Something went wrong on our side\. Try again in a few minutes; if it keeps happening, contact us and quote reference ([0-9A-F]{8})\.$/.exec(message)?.[1];
    expect(reference).toMatch(/^[0-9A-F]{8}$/);
    for (const leak of ["role_grants", "insert", "987654321", "foreign key", "    at "]) expect(body).not.toContain(leak);

    expect(log).toHaveBeenCalledTimes(1);
    const [line, logged] = log.mock.calls[0]!;
    expect(line).toContain(`reference ${reference}`);
    expect(String((logged as Error).message)).toContain("role_grants");
    expect((logged as Error).stack).toBeTypeOf("string");
  });

  it("reaches a server-side caller as the same plain message, with no cause attached", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const error = await failure(createCallerFactory(broken)(createContext(world.database, await world.site("kingston"), null)).grant());
    expect(error).toBeInstanceOf(TRPCError);
    expect(error).toMatchObject({ code: "INTERNAL_SERVER_ERROR", message: expect.stringMatching(/^Something went wrong on our side\..*reference [0-9A-F]{8}\.$/), cause: undefined });
  });
});

describe("input Postgres cannot store as sent", () => {
  const sample = async (path: string) => (await samples[path]!(world, "kingston")) as object;
  const refusals: [what: string, path: string, field: string, input: () => Promise<unknown>][] = [
    ["a NUL in a setting", "admin.updateBranding", "contactAddress", async () => ({ ...(await sample("admin.updateBranding")), contactAddress: "Guildhall\u0000" })],
    ["a NUL in a search", "admin.audit", "actor", async () => ({ actor: "admin\u0000" })],
    ["half an emoji in a token", "invitations.accept", "token", async () => ({ token: "abc\uD83D" })],
    ["the other half in a council's name", "operator.onboard", "name", async () => ({ ...(await sample("operator.onboard")), name: "Test \uDE00 Council" })],
    ["half an emoji in a list", "admin.setModules", "modules.1", async () => ({ modules: ["booking", "\uD800"] })],
  ];

  for (const [what, path, field, input] of refusals) {
    it(`is refused with a 400 naming the field, before any database work: ${what} (${path})`, async () => {
      const kingston = councilScope(world.database, "kingston");
      const before = { audit: await kingston.run((tx) => listAudit(tx, kingston, {}, 100_000)), councils: await platformScope(world.database).run(listCouncils) };
      await expect(asAllowed(path, await input())).rejects.toMatchObject({
        code: "BAD_REQUEST",
        message: `"${field}" contains a character we cannot store, such as a null character or half of an emoji. Remove it and try again.`,
      });
      expect(await kingston.run((tx) => listAudit(tx, kingston, {}, 100_000))).toEqual(before.audit);
      expect(await platformScope(world.database).run(listCouncils)).toEqual(before.councils);
    });
  }

  it("lets a whole emoji through", async () => {
    await expect(asAllowed("admin.audit", { actor: "😀" })).resolves.toEqual({ rows: [], more: false });
  });
});

describe("an id that does not exist", () => {
  const missing: [string, unknown][] = [
    ["admin.setRoles", { personId: 987654321, roles: ["council_staff"] }],
    ["organisation.invite", { organisationId: 987654321, email: "member@example.com" }],
    ["admin.resendInvitation", { invitationId: 987654321 }],
    ["admin.cancelInvitation", { invitationId: 987654321 }],
    ["organisation.resendInvitation", { invitationId: 987654321 }],
    ["organisation.cancelInvitation", { invitationId: 987654321 }],
    ["operator.suspend", { slug: "nowhere" }],
    ["operator.resume", { slug: "nowhere" }],
    ["operator.archive", { slug: "nowhere" }],
    ["operator.archiveFile", { file: "nowhere.json.gz" }],
  ];
  for (const [path, input] of missing) {
    it(`is not found: ${path}`, async () => {
      await expect(asAllowed(path, input)).rejects.toMatchObject({ code: "NOT_FOUND" });
    });
  }
});

describe("an expected refusal", () => {
  it("is not logged: 401, 403, 404 and 400 are answers, not faults", async () => {
    const logs = (["error", "warn", "info", "log", "debug"] as const).map((level) => vi.spyOn(console, level));
    const kingston = await world.site("kingston");
    const codes = [
      await failure(callerFor(world, kingston, null).admin.overview()),
      await failure(callerFor(world, kingston, world.people.kingstonResident).admin.overview()),
      await failure(callerFor(world, kingston, null).platform.councils()),
      await failure(callerFor(world, kingston, world.people.kingstonAdmin).admin.invite({ email: "not an address", role: "council_staff" })),
    ].map((e) => (e as TRPCError).code);
    expect(codes).toEqual(["UNAUTHORIZED", "FORBIDDEN", "NOT_FOUND", "BAD_REQUEST"]);
    for (const log of logs) expect(log).not.toHaveBeenCalled();
  });
});
