import { councilScope } from "@lgp/db";
import { answerNeedQuestion, createNeed, type NeedDetails } from "@lgp/match";
import type { World } from "./world";

/** A need's answers that hold on each demo council: one of its categories and one of its postcodes. */
export function needDetailsFor(slug: string): NeedDetails {
  const [category, postcode] = slug === "richmond" ? ["day-centres", "TW1 3BZ"] : ["befriending", "KT1 1EU"];
  return { category, description: "A weekly chat over tea", postcode, times: ["tue-afternoon"], dates: [], urgency: "within_weeks", helperGender: "none", accessibility: [] };
}

/** The person a signed-in guard lets through on `slug`'s site: Kingston's resident, or Richmond's admin. */
const residentOf = (world: World, slug: string) => (slug === "richmond" ? world.people.richmondAdmin : world.people.kingstonResident);

/** A new open need of that person's, by its reference. */
export async function sampleNeedReference(world: World, slug: string): Promise<string> {
  const residentId = residentOf(world, slug).id;
  const need = await councilScope(world.database, slug).run((tx) => createNeed(tx, { residentId, createdBy: residentId, details: needDetailsFor(slug) }));
  return need.reference;
}

/** Every question answered in that person's draft, ready to send. */
export async function completeNeedDraft(world: World, slug: string): Promise<void> {
  const personId = residentOf(world, slug).id;
  const { category, description, postcode, times, dates, urgency, helperGender, accessibility } = needDetailsFor(slug);
  await councilScope(world.database, slug).run(async (tx) => {
    await answerNeedQuestion(tx, personId, { question: "category", category });
    await answerNeedQuestion(tx, personId, { question: "description", description });
    await answerNeedQuestion(tx, personId, { question: "postcode", postcode });
    await answerNeedQuestion(tx, personId, { question: "when", times, dates });
    await answerNeedQuestion(tx, personId, { question: "urgency", urgency });
    await answerNeedQuestion(tx, personId, { question: "preferences", helperGender, accessibility });
  });
}
