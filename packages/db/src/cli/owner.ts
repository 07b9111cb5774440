/**
 * `pnpm db:owner create [<role>] [--superuser-url <address>]`: creates the role the app should run as
 * on a Postgres server (it owns the database and may create roles, and is not a superuser), and prints
 * the DATABASE_URL to run the app with. The address is a superuser's on the app's database; without
 * --superuser-url, DATABASE_URL's is used. The role's name defaults to lgp_<database>_owner.
 */
import { readFileSync } from "node:fs";
import { parseArgsOrExit } from "../command-line";
import { env } from "../env";
import { InputError } from "../input-error";
import { createOwnerRole } from "../owner-role";

const { positionals, values } = parseArgsOrExit({ allowPositionals: true, options: { "superuser-url": { type: "string" } } });
const [command, role] = positionals;
const superuserUrl = values["superuser-url"] ?? env.DATABASE_URL;

if (command !== "create") {
  console.log(readFileSync(new URL(import.meta.url), "utf8").split("*/")[0]!.replace(/^\/\*\*?|^ \* ?/gm, ""));
  if (command && command !== "help") process.exitCode = 2;
} else if (!superuserUrl) {
  console.error(
    "Give a superuser's address for the app's database, like: pnpm db:owner create --superuser-url " +
      "postgres://postgres@localhost:5432/lgp (the embedded database needs no role set up).",
  );
  process.exitCode = 2;
} else {
  try {
    const owner = await createOwnerRole(superuserUrl, role);
    console.log(`Created ${owner.role}: it owns the database and may create council roles, and is not a superuser.`);
    console.log("Run the app (and pnpm db:migrate, pnpm council, pnpm operator) with:");
    console.log(`  DATABASE_URL=${owner.url}`);
  } catch (error) {
    console.error(error instanceof InputError ? error.message : `Failed: ${(error as Error).message}`);
    process.exitCode = error instanceof InputError ? 2 : 1;
  }
}
