import { RegistryCache, type Site } from "@lgp/councils";
import { connectPostgres, councilScope, platformScope, type Database, type Scope } from "@lgp/db";
import { createMigratedTestDatabase } from "@lgp/db/testing";
import { findOrCreatePerson, grantRole, type Role } from "@lgp/identity";
import { addOrganisation } from "@lgp/providers";
import type { Person } from "../../src/context";
import { createContext } from "../../src/context";
import { createCaller } from "../../src/root";
import { demoTemplate } from "./demo-template";
import { startEmailJobs } from "./email";

/** A test database with the demo councils, and real people in their own sites' schemas. */
export interface World {
  database: Database;
  /** The site as the registry has it now (modules and brand included). */
  site(slug: "kingston" | "richmond"): Promise<Site>;
  people: {
    kingstonAdmin: Person;
    kingstonStaff: Person;
    kingstonResident: Person;
    kingstonOwner: Person;
    kingstonSafeguarding: Person;
    kingstonReferrer: Person;
    /** Has the same id on Richmond as kingstonAdmin has on Kingston: only who they are here tells them apart. */
    richmondAdmin: Person;
    operator: Person;
  };
  /** The organisation kingstonOwner owns. */
  organisationId: number;
  close(): Promise<void>;
}

/** Makes a person in `scope` holding `roles` (in `organisationId`, for provider roles). */
export async function enrol(scope: Scope, email: string, roles: Role[], organisationId: number | null = null): Promise<Person> {
  return scope.run(async (tx) => {
    const person = await findOrCreatePerson(tx, scope, email);
    for (const role of roles) await grantRole(tx, scope, person.id, role, organisationId);
    return { id: person.id, email: person.email, roles };
  });
}

export async function createWorld(label: string): Promise<World> {
  const test = await createMigratedTestDatabase(label, { template: demoTemplate });
  const database = await connectPostgres(test.appUrl);
  const jobs = await startEmailJobs(database);
  const registry = new RegistryCache(database, "localhost");
  const kingston = councilScope(database, "kingston");
  const richmond = councilScope(database, "richmond");

  const kingstonAdmin = await enrol(kingston, "admin@kingston.example", ["council_admin"]);
  const richmondAdmin = await enrol(richmond, "admin@richmond.example", ["council_admin"]);
  if (kingstonAdmin.id !== richmondAdmin.id) throw new Error("The two councils' admins should share an id, so that only the site's own people can tell them apart.");
  const organisation = (await kingston.run((tx) => addOrganisation(tx, { name: "Kingston Carers", kind: "voluntary_group" })))!;

  return {
    database,
    site: async (slug) => ({ kind: "council", council: (await registry.council(slug))! }),
    people: {
      kingstonAdmin,
      richmondAdmin,
      kingstonStaff: await enrol(kingston, "staff@kingston.example", ["council_staff"]),
      kingstonResident: await enrol(kingston, "resident@kingston.example", ["resident"]),
      kingstonOwner: await enrol(kingston, "owner@carers.example", ["provider_owner"], organisation.id),
      kingstonSafeguarding: await enrol(kingston, "safeguarding@kingston.example", ["safeguarding_lead"]),
      kingstonReferrer: await enrol(kingston, "prescriber@surgery.example", ["referrer"]),
      operator: await enrol(platformScope(database), "ops@platform.example", ["platform_operator"]),
    },
    organisationId: organisation.id,
    close: async () => {
      await jobs.stop();
      await database.close();
      await test.drop();
    },
  };
}

export type Caller = ReturnType<typeof createCaller>;

export function callerFor(world: World, site: Site, person: Person | null): Caller {
  return createCaller(createContext(world.database, site, person, { url: "http://localhost:3000", ip: "192.0.2.1", userAgent: "test" }));
}
