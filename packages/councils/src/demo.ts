import type { Database } from "@lgp/db";
import { putSiteAsset } from "./content";
import type { CouncilModules, NewCouncil } from "./council-input";
import { provisionCouncil } from "./provision";

interface DemoCouncil extends NewCouncil {
  initials: string;
}

/** Three demo councils with distinct brands and content, for a newcomer's first start and the tests. */
export const DEMO_COUNCILS: DemoCouncil[] = [
  {
    slug: "kingston",
    name: "Royal Borough of Kingston upon Thames",
    initials: "RBK",
    hosts: ["kingston.council.example"],
    branding: { brandColour: "#0b3b6e", brandTextColour: "#ffffff", linkColour: "#0b5cab" },
  },
  {
    slug: "richmond",
    name: "London Borough of Richmond upon Thames",
    initials: "LBR",
    hosts: ["richmond.council.example"],
    branding: { brandColour: "#00594c", brandTextColour: "#ffffff", linkColour: "#00695c" },
  },
  {
    slug: "sutton",
    name: "London Borough of Sutton",
    initials: "LBS",
    hosts: ["sutton.council.example"],
    branding: { brandColour: "#6b1d5c", brandTextColour: "#ffffff", linkColour: "#7b2269" },
  },
];

/** A plain wordmark, drawn here: the demo uses no real council's logo. */
export function demoLogo(initials: string, colour: string): Buffer {
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 48" role="img" aria-hidden="true">` +
    `<rect x="2" y="2" width="116" height="44" rx="6" fill="none" stroke="${colour}" stroke-width="4"/>` +
    `<text x="60" y="33" text-anchor="middle" font-family="Arial, sans-serif" font-size="24" font-weight="700" fill="${colour}">${initials}</text></svg>`;
  return Buffer.from(svg, "utf8");
}

/** Provisions whichever demo councils are missing. */
export async function seedDemoCouncils(database: Database, existing: Set<string>, modules: CouncilModules, log: (line: string) => void = () => {}) {
  for (const demo of DEMO_COUNCILS.filter((d) => !existing.has(d.slug))) {
    await provisionCouncil(database, demo, {
      // A demo council gets the modules' demo data in place of their starter.
      modules: { ...modules, starter: (tx, keys) => modules.demo(tx, { slug: demo.slug, modules: keys }) },
      seed: async (tx) => {
        await putSiteAsset(tx, "logo", "image/svg+xml", demoLogo(demo.initials, demo.branding?.brandTextColour ?? "#ffffff"));
      },
    });
    log(`Created demo council ${demo.name}`);
  }
}
