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
 *   postcodes import <file> --slug <slug> [--authority E09000021 …]
 *          load an ONS Postcode Directory or NSPL CSV into the council's postcode table
 */
import { createReadStream, existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { connectOrExit, councilScope, parseArgsOrExit, withPlatform } from "@lgp/db";
import { importPostcodes } from "@lgp/postcodes";
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
      authority: { type: "string", multiple: true, default: [] },
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
      case "postcodes": {
        if (arg !== "import") throw new InputError("Say what to do with postcodes: pnpm council postcodes import <file> --slug <slug>.");
        const file = here(need(positionals[2], "the postcode file"));
        if (!existsSync(file)) throw new InputError(`There is no file at ${file}. Give the path of the ONS Postcode Directory or NSPL CSV file.`);
        const slug = need(values.slug, "--slug");
        if (!(await withPlatform(database, listCouncils)).some((c) => c.slug === slug)) throw new InputError(`There is no council ${slug}. Run \`pnpm council list\` to see them.`);
        let shownAt = 0;
        const show = (p: { read: number; kept: number; skipped: number }) => console.log(`Read ${p.read} rows: kept ${p.kept}, skipped ${p.skipped}.`);
        const total = await importPostcodes((fn) => councilScope(database, slug).run(fn), createReadStream(file), {
          authorities: values.authority,
          // A national file is millions of rows: a line every hundred thousand says it is moving.
          onProgress: (p) => {
            if (p.read - shownAt < 100_000) return;
            shownAt = p.read;
            show(p);
          },
        });
        show(total);
        console.log(`Loaded ${total.kept} postcodes into ${slug}.`);
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
