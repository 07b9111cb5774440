import { RegistryCache } from "@lgp/councils";
import { sharedDatabase } from "@lgp/db";

const key = Symbol.for("lgp.registry");
type Holder = { [key]?: Promise<RegistryCache> };

/** The process's registry cache, shared by the proxy and the routes (separate bundles, one process). */
export function registry(): Promise<RegistryCache> {
  const holder = globalThis as Holder;
  holder[key] ??= sharedDatabase().then((database) => new RegistryCache(database));
  return holder[key];
}
