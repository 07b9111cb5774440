import { platformSchema, rowsOf, withPlatform, type Database, type Tx } from "@lgp/db";
import { asc, sql } from "drizzle-orm";
import { env } from "./env";
import { matchHost } from "./hosts";

const { councils, councilHosts } = platformSchema;

export type CouncilStatus = (typeof platformSchema.councilStatus.enumValues)[number];

export interface Council {
  id: number;
  slug: string;
  name: string;
  status: CouncilStatus;
  brandColour: string;
  brandTextColour: string;
  linkColour: string;
  modules: string[];
  hosts: string[];
  schemaVersion: string | null;
  updatedAt: Date;
}

/** Every council with its own domains, read as the platform role. */
export async function listCouncils(tx: Tx): Promise<Council[]> {
  const rows = await tx.select().from(councils).orderBy(asc(councils.slug));
  // The earliest registered own domain comes first: it is the council's main address (see addresses.ts).
  const hosts = await tx.select().from(councilHosts).orderBy(asc(councilHosts.createdAt), asc(councilHosts.hostname));
  return rows.map((c) => ({
    id: c.id,
    slug: c.slug,
    name: c.name,
    status: c.status,
    brandColour: c.brandColour,
    brandTextColour: c.brandTextColour,
    linkColour: c.linkColour,
    modules: c.modules,
    schemaVersion: c.schemaVersion,
    hosts: hosts.filter((h) => h.councilId === c.id).map((h) => h.hostname),
    updatedAt: c.updatedAt,
  }));
}

export type Site =
  | { kind: "platform" }
  | { kind: "council"; council: Council }
  | { kind: "unavailable"; council: Council }
  | { kind: "unknown" };

interface Snapshot {
  version: number;
  bySlug: Map<string, Council>;
  byHost: Map<string, Council>;
}

/**
 * The registry as this process last read it. Each lookup asks Postgres for one number, the registry
 * version that a trigger bumps on every change, and reloads only when it moved: a council suspended or
 * rebranded from any process or instance shows within a request or two, yet a request costs at most one
 * indexed read (requests at once share one: see sharedVersion).
 */
export class RegistryCache {
  private snapshot: Snapshot | null = null;
  private loading: Promise<Snapshot> | null = null;
  private versionRead: Promise<number> | null = null;

  constructor(
    private readonly database: Database,
    private readonly platformHost: string = env.PLATFORM_HOST,
  ) {}

  async resolve(host: string | null | undefined): Promise<Site> {
    const match = matchHost(host, this.platformHost);
    if (match.kind === "platform" || match.kind === "unknown") return match;
    const snapshot = await this.current(this.sharedVersion());
    const council = match.kind === "council-slug" ? snapshot.bySlug.get(match.slug) : snapshot.byHost.get(match.host);
    if (!council || council.status === "archived") return { kind: "unknown" };
    return council.status === "active" ? { kind: "council", council } : { kind: "unavailable", council };
  }

  /** Read after a write, so the page it renders shows the change: never shares an earlier request's read. */
  async council(slug: string): Promise<Council | undefined> {
    return (await this.current(this.readVersion())).bySlug.get(slug);
  }

  /**
   * Resolving hosts, requests that arrive while another's version read is under way share it rather
   * than each opening a transaction for the same number. The answer is then at most one read older
   * than the request (a change committed while it ran shows on the next), so a council suspended or
   * archived still stops being served within moments, and council() above keeps reading its own.
   */
  private sharedVersion(): Promise<number> {
    this.versionRead ??= this.readVersion().finally(() => {
      this.versionRead = null;
    });
    return this.versionRead;
  }

  private async current(read: Promise<number>): Promise<Snapshot> {
    const version = await read;
    if (this.snapshot && this.snapshot.version === version) return this.snapshot;
    // Concurrent requests share one reload.
    this.loading ??= this.load().finally(() => {
      this.loading = null;
    });
    return this.loading;
  }

  private async readVersion(): Promise<number> {
    return withPlatform(this.database, readVersion);
  }

  private async load(): Promise<Snapshot> {
    const { version, list } = await withPlatform(this.database, async (tx) => {
      // Read in the same transaction as the list, so a change between the two cannot be cached as current.
      return { version: await readVersion(tx), list: await listCouncils(tx) };
    });
    const snapshot: Snapshot = { version, bySlug: new Map(), byHost: new Map() };
    for (const council of list) {
      snapshot.bySlug.set(council.slug, council);
      for (const host of council.hosts) snapshot.byHost.set(host, council);
    }
    this.snapshot = snapshot;
    return snapshot;
  }
}

async function readVersion(tx: Tx): Promise<number> {
  const [row] = rowsOf<{ version: string | number }>(
    await tx.execute(sql`select version from platform.registry_version where id = 1`),
  );
  return Number(row?.version ?? 0);
}
