import type { Scope, Tx } from "@lgp/db";
import { findPersonWithRoles } from "@lgp/identity";
import type { Person } from "../context";

/**
 * The person the context names, as this site's own people know them, or null. The context's person
 * comes from a session, and the API does not take it on its word: they must be one of this site's people
 * (the same id and the same address here), and their roles are the ones they hold here now. So a council
 * admin elsewhere, or an id that happens to exist here for someone else, is no one on this site.
 */
export async function personOnSite(tx: Tx, scope: Scope, claimed: Person | null): Promise<Person | null> {
  if (!claimed) return null;
  const found = await findPersonWithRoles(tx, scope, claimed.email);
  return found && found.id === claimed.id ? found : null;
}
