import "server-only";
import type { ModuleKey } from "@lgp/modules";
import { notFound } from "next/navigation";
import { currentCouncil } from "./api";

/**
 * A module's pages exist only where the council has it switched on, as its procedures do: a module's
 * layout calls this, so every page under it is gated.
 */
export async function requireModule(module: ModuleKey): Promise<void> {
  if (!(await currentCouncil()).modules.includes(module)) notFound();
}
