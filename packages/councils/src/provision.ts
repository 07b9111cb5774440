import {
  applyCouncilMigrations,
  councilSchemaName,
  ensureRole,
  faultPoint,
  grantSchemaTo,
  platformSchema,
  quoteIdent,
  type Database,
  type Tx,
} from "@lgp/db";
import { and, eq, inArray, sql } from "drizzle-orm";
import { NO_MODULES, validateNewCouncil, type CouncilModules, type NewCouncil } from "./council-input";
import { InputError } from "@lgp/db";

const { councils, councilHosts } = platformSchema;

export type ProvisionStep = "registered" | "resuming" | "schema" | "migrated" | "active";

export interface ProvisionOptions {
  onProgress?: (step: ProvisionStep, message: string) => void;
  /** The modules a council may switch on; each fills its part of the new schema in the same transaction. */
  modules?: CouncilModules;
  /** Fills the new schema after the modules, in the same transaction (a demo council's logo, say). */
  seed?: (tx: Tx) => Promise<void>;
}

/**
 * Creates a council: registers it as `provisioning` (claiming its slug and hosts), then in one
 * transaction creates its role and schema, migrates it and marks it active. Killed between the two,
 * the council stays `provisioning` and a re-run with the same slug finishes the job; killed inside the
 * second, Postgres undoes all of it.
 */
export async function provisionCouncil(database: Database, input: NewCouncil, options: ProvisionOptions = {}) {
  const modules = options.modules ?? NO_MODULES;
  const council = validateNewCouncil(input, modules.keys);
  const progress = options.onProgress ?? (() => {});

  const id = await database.owner.transaction(async (tx) => {
    await tx.execute(sql`select set_config('lock_timeout', '10s', true)`);
    const [existing] = await tx.select().from(councils).where(eq(councils.slug, council.slug)).for("update");
    if (existing) {
      if (existing.status !== "provisioning") {
        throw new InputError(`A council with the slug "${council.slug}" already exists.`, {
          slug: `The slug "${council.slug}" is taken by ${existing.name} (${existing.status}). Choose another.`,
        });
      }
      progress("resuming", `Finishing the interrupted set-up of ${existing.name}`);
      return existing.id;
    }
    await assertHostsFree(tx, council.hosts);
    const [row] = await tx
      .insert(councils)
      .values({ slug: council.slug, name: council.name, status: "provisioning", modules: council.modules, ...council.branding })
      .returning({ id: councils.id });
    if (council.hosts.length > 0) {
      await tx.insert(councilHosts).values(council.hosts.map((hostname) => ({ hostname, councilId: row!.id })));
    }
    progress("registered", `Registered ${council.name} (${council.slug})`);
    return row!.id;
  });
  faultPoint("provision:registered");

  await database.owner.transaction(async (tx) => {
    await tx.execute(sql`select set_config('lock_timeout', '10s', true)`);
    const schema = councilSchemaName(council.slug);
    const role = database.roles.council(council.slug);
    await ensureRole(tx, role);
    await tx.execute(sql.raw(`CREATE SCHEMA ${quoteIdent(schema)}`));
    progress("schema", `Created schema ${schema} and role ${role}`);
    const applied = await applyCouncilMigrations(tx, council.slug);
    faultPoint("provision:migrated");
    await grantSchemaTo(tx, schema, role);
    progress("migrated", `Applied ${applied.length} migrations`);
    await modules.starter(tx, council.modules);
    if (options.seed) await options.seed(tx);
    await tx
      .update(councils)
      .set({ status: "active", updatedAt: new Date() })
      .where(and(eq(councils.id, id), eq(councils.status, "provisioning")));
  });
  progress("active", `${council.name} is active`);
  return { id, slug: council.slug };
}

async function assertHostsFree(tx: Tx, hosts: string[]): Promise<void> {
  if (hosts.length === 0) return;
  const taken = await tx
    .select({ hostname: councilHosts.hostname, name: councils.name })
    .from(councilHosts)
    .innerJoin(councils, eq(councils.id, councilHosts.councilId))
    .where(inArray(councilHosts.hostname, hosts));
  if (taken.length > 0) {
    const list = taken.map((t) => `${t.hostname} (${t.name})`).join(", ");
    throw new InputError(`These domains already belong to a council: ${list}.`, {
      hosts: `These domains already belong to a council: ${list}. Remove them or free them first.`,
    });
  }
}
