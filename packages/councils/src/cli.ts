/**
 * `pnpm council <command>`: the operator's tool for councils, backed by the same functions the operator
 * console calls. Run from packages/modules, which hands in the registered modules.
 *
 *   create --slug <slug> --name "<name>" --host <domain> [--host <domain>…]
 *          [--brand-colour #hex] [--brand-text-colour #hex] [--link-colour #hex] [--modules match,booking]
 *   list
 *   suspend <slug> | resume <slug>
 *   archive <slug> [--out <file>]   export to a file, then drop the council's schema
 *   restore <file>
 *   seed-demo
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { connectOrExit, parseArgsOrExit, withPlatform } from "@lgp/db";
import { archiveCouncil, decodeArchive, restoreCouncil } from "./archive";
import type { CouncilModules } from "./council-input";
import { DEMO_COUNCILS, seedDemoCouncils } from "./demo";
import { InputError } from "@lgp/db";
import { resumeCouncil, suspendCouncil } from "./lifecycle";
import { provisionCouncil } from "./provision";
import { listCouncils } from "./registry";

/** Runs the command line given to this process. */
export async function runCouncilCommand(modules: CouncilModules): Promise<void> {
  const { positionals, values } = parseArgsOrExit({
    allowPositionals: true,
    options: {
      slug: { type: "string" },
      name: { type: "string" },
      host: { type: "string", multiple: true, default: [] },
      "brand-colour": { type: "string" },
      "brand-text-colour": { type: "string" },
      "link-colour": { type: "string" },
      modules: { type: "string" },
      out: { type: "string" },
    },
  });
  const [command, arg] = positionals;
  // pnpm runs this from the package folder; paths a person types are relative to where they typed them.
  const here = (path: string) => resolve(process.env.INIT_CWD ?? process.cwd(), path);

  function need(value: string | undefined, what: string): string {
    if (!value) throw new InputError(`Give ${what}. Run \`pnpm council help\` for usage.`);
    return value;
  }

  const database = await connectOrExit();
  try {
    switch (command) {
      case "create": {
        const branding = Object.fromEntries(
          Object.entries({
            brandColour: values["brand-colour"],
            brandTextColour: values["brand-text-colour"],
            linkColour: values["link-colour"],
          }).filter(([, v]) => v !== undefined),
        );
        const started = performance.now();
        await provisionCouncil(
          database,
          {
            slug: need(values.slug, "--slug"),
            name: need(values.name, "--name"),
            hosts: values.host,
            branding,
            modules: values.modules?.split(",").map((m) => m.trim()),
          },
          { modules, onProgress: (_step, message) => console.log(message) },
        );
        console.log(`Done in ${Math.round(performance.now() - started)} ms.`);
        break;
      }
      case "list": {
        for (const c of await withPlatform(database, listCouncils)) {
          console.log(`${c.slug.padEnd(24)} ${c.status.padEnd(12)} ${c.name}${c.hosts.length ? `  (${c.hosts.join(", ")})` : ""}`);
        }
        break;
      }
      case "suspend":
        await suspendCouncil(database, need(arg, "the council's slug"));
        console.log(`${arg} is suspended: its site now answers "service unavailable".`);
        break;
      case "resume":
        await resumeCouncil(database, need(arg, "the council's slug"));
        console.log(`${arg} is active again.`);
        break;
      case "archive": {
        const slug = need(arg, "the council's slug");
        const file = await archiveCouncil(database, slug, values.out ? here(values.out) : undefined);
        console.log(`Exported ${slug} to ${file} and dropped its schema. Restore with: pnpm council restore ${file}`);
        break;
      }
      case "restore": {
        const archive = decodeArchive(readFileSync(here(need(arg, "the archive file"))));
        await restoreCouncil(database, archive);
        console.log(`Restored ${archive.council.slug}; it is active.`);
        break;
      }
      case "seed-demo": {
        const existing = new Set((await withPlatform(database, listCouncils)).map((c) => c.slug));
        await seedDemoCouncils(database, existing, modules, console.log);
        console.log(`Demo councils: ${DEMO_COUNCILS.map((d) => d.slug).join(", ")}.`);
        break;
      }
      default:
        console.log(readFileSync(new URL(import.meta.url), "utf8").split("*/")[0]!.replace(/^\/\*\*?|^ \* ?/gm, ""));
        if (command && command !== "help") process.exitCode = 2;
    }
  } catch (error) {
    if (error instanceof InputError) {
      console.error(error.message);
      process.exitCode = 2;
    } else {
      console.error(`Failed: ${(error as Error).message}`);
      process.exitCode = 1;
    }
  } finally {
    await database.close();
  }
}
