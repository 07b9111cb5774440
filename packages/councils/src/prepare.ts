import { migrate, withPlatform, type Database } from "@lgp/db";
import type { CouncilModules } from "./council-input";
import { seedDemoCouncils } from "./demo";
import { listCouncils } from "./registry";

/**
 * What a server does before it takes requests: migrate the platform and every council, and (on the
 * embedded default, or when asked) create the demo councils that are missing.
 */
export async function prepareDatabase(database: Database, options: { seedDemo: boolean; modules: CouncilModules; log?: (line: string) => void }) {
  const log = options.log ?? (() => {});
  await migrate(database, { log });
  if (options.seedDemo) {
    const existing = new Set((await withPlatform(database, listCouncils)).map((c) => c.slug));
    await seedDemoCouncils(database, existing, options.modules, log);
  }
  return withPlatform(database, listCouncils);
}
