import { councilSchema, type Database } from "@lgp/db";
import { putSiteAsset } from "./content";
import type { NewCouncil } from "./council-input";
import { provisionCouncil } from "./provision";

interface DemoCouncil extends NewCouncil {
  initials: string;
  categories: { slug: string; name: string; description: string }[];
}

/** Three demo councils with distinct brands and content, for a newcomer's first start and the tests. */
export const DEMO_COUNCILS: DemoCouncil[] = [
  {
    slug: "kingston",
    name: "Royal Borough of Kingston upon Thames",
    initials: "RBK",
    hosts: ["kingston.council.example"],
    branding: { brandColour: "#0b3b6e", brandTextColour: "#ffffff", linkColour: "#0b5cab" },
    categories: [
      { slug: "care-at-home", name: "Care at home", description: "Registered carers who visit you at home." },
      { slug: "befriending", name: "Befriending", description: "Volunteers who call or visit for a chat." },
      { slug: "community-transport", name: "Community transport", description: "Door-to-door trips for people who cannot use buses." },
      { slug: "rooms-to-hire", name: "Rooms and halls to hire", description: "Community spaces for groups and events." },
    ],
  },
  {
    slug: "richmond",
    name: "London Borough of Richmond upon Thames",
    initials: "LBR",
    hosts: ["richmond.council.example"],
    branding: { brandColour: "#00594c", brandTextColour: "#ffffff", linkColour: "#00695c" },
    categories: [
      { slug: "day-centres", name: "Day centres", description: "Daytime activities, meals and company." },
      { slug: "carers-support", name: "Support for carers", description: "Breaks, advice and groups for unpaid carers." },
      { slug: "meals-at-home", name: "Meals at home", description: "Hot or frozen meals delivered to your door." },
      { slug: "activity-sessions", name: "Sport and activity sessions", description: "Gentle exercise and sport near you." },
    ],
  },
  {
    slug: "sutton",
    name: "London Borough of Sutton",
    initials: "LBS",
    hosts: ["sutton.council.example"],
    branding: { brandColour: "#6b1d5c", brandTextColour: "#ffffff", linkColour: "#7b2269" },
    categories: [
      { slug: "home-adaptations", name: "Home adaptations", description: "Rails, ramps and changes that keep you safe at home." },
      { slug: "advice", name: "Advice and advocacy", description: "Help with money, housing and speaking up." },
      { slug: "volunteering", name: "Volunteering", description: "Give your time to people and groups nearby." },
      { slug: "youth-clubs", name: "Youth clubs", description: "Clubs and activities for young people." },
    ],
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
export async function seedDemoCouncils(database: Database, existing: Set<string>, log: (line: string) => void = () => {}) {
  for (const demo of DEMO_COUNCILS.filter((d) => !existing.has(d.slug))) {
    await provisionCouncil(database, demo, {
      seed: async (tx) => {
        await tx.insert(councilSchema.categories).values(demo.categories.map((c, position) => ({ ...c, position })));
        await putSiteAsset(tx, "logo", "image/svg+xml", demoLogo(demo.initials, demo.branding?.brandTextColour ?? "#ffffff"));
      },
    });
    log(`Created demo council ${demo.name}`);
  }
}
