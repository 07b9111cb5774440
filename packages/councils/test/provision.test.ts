import { rowsOf, withPlatform, type Database } from "@lgp/db";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { InputError } from "@lgp/db";
import { provisionCouncil } from "../src/provision";
import { listCouncils, RegistryCache } from "../src/registry";
import { runFixture, usePostgres } from "./helpers";

async function state(database: Database, slug: string) {
  const council = (await withPlatform(database, listCouncils)).find((c) => c.slug === slug);
  const [row] = rowsOf<{ schema: boolean; role: boolean }>(
    await database.owner.execute(sql`select
      exists(select from pg_namespace where nspname = ${`council_${slug.replaceAll("-", "_")}`}) as schema,
      exists(select from pg_roles where rolname = ${database.roles.council(slug)}) as role`),
  );
  return { status: council?.status, hosts: council?.hosts, ...row! };
}

describe("provisioning a council", () => {
  const harness = usePostgres("provision");

  it("creates its role and schema, migrates it and registers it active with its hosts", async () => {
    const steps: string[] = [];
    await provisionCouncil(
      harness.database,
      { slug: "merton", name: "London Borough of Merton", hosts: ["WWW.Merton.example."] },
      { onProgress: (step) => steps.push(step) },
    );
    expect(steps).toEqual(["registered", "schema", "migrated", "active"]);
    expect(await state(harness.database, "merton")).toEqual({ status: "active", hosts: ["www.merton.example"], schema: true, role: true });
  });

  it("killed after registering, is left provisioning (its site unavailable), and a re-run finishes it", async () => {
    const killed = await runFixture(harness.url, ["provision", "croydon"], { LGP_KILL_AT: "provision:registered" });
    expect(killed.signal).toBe("SIGKILL");
    expect(await state(harness.database, "croydon")).toMatchObject({ status: "provisioning", schema: false, role: false });
    const site = await new RegistryCache(harness.database, "localhost").resolve("croydon.localhost");
    expect(site.kind).toBe("unavailable");

    const rerun = await runFixture(harness.url, ["provision", "croydon"]);
    expect(rerun.code).toBe(0);
    expect(rerun.stdout).toContain("Finishing the interrupted set-up");
    expect(await state(harness.database, "croydon")).toEqual({ status: "active", hosts: ["croydon.example.org"], schema: true, role: true });
  });

  it("killed inside the schema transaction, leaves no schema or role, and a re-run finishes it", async () => {
    const killed = await runFixture(harness.url, ["provision", "bromley"], { LGP_KILL_AT: "provision:migrated" });
    expect(killed.signal).toBe("SIGKILL");
    expect(await state(harness.database, "bromley")).toMatchObject({ status: "provisioning", schema: false, role: false });
    expect((await runFixture(harness.url, ["provision", "bromley"])).code).toBe(0);
    expect(await state(harness.database, "bromley")).toMatchObject({ status: "active", schema: true, role: true });
  });

  it("refuses bad details with a message per field, writing nothing", async () => {
    const attempt = provisionCouncil(harness.database, {
      slug: "admin",
      name: "",
      hosts: ["https://bad host"],
      branding: { brandColour: "#ffdd00" },
    });
    await expect(attempt).rejects.toBeInstanceOf(InputError);
    const error = (await attempt.catch((e: unknown) => e)) as InputError;
    expect(Object.keys(error.fields).sort()).toEqual(["brandColour", "hosts", "name", "slug"]);
    expect(error.fields.slug).toContain("reserved");
    expect(await state(harness.database, "admin")).toMatchObject({ status: undefined, schema: false, role: false });
  });

  it("refuses a slug or a domain that is taken", async () => {
    await expect(provisionCouncil(harness.database, { slug: "merton", name: "Merton again", hosts: [] })).rejects.toThrow(
      'A council with the slug "merton" already exists.',
    );
    await expect(
      provisionCouncil(harness.database, { slug: "sutton-two", name: "Another", hosts: ["www.merton.example"] }),
    ).rejects.toThrow(/www\.merton\.example \(London Borough of Merton\)/);
    expect(await state(harness.database, "sutton-two")).toMatchObject({ status: undefined, schema: false });
  });
});
