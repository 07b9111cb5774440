import { DAY_PARTS, WEEK_DAYS, type WeekPart } from "./week-parts";

/** Every part of the week a resident may want help in (and a helper may be free), Monday morning first. */
export const WEEK_PARTS: readonly WeekPart[] = WEEK_DAYS.flatMap((day) => DAY_PARTS.map((part) => `${day}-${part}` as const));

/**
 * Access needs a resident may have, and what a helper may offer for them: one list, so a need's
 * requirement and a helper's attribute are the same word.
 */
export const ACCESS_NEEDS = ["step_free", "wheelchair_vehicle", "bsl", "hearing_loop", "large_print", "easy_read"] as const;
export type AccessNeed = (typeof ACCESS_NEEDS)[number];

/** A helper's gender as a resident may ask for it, or no preference. */
export const GENDER_PREFERENCES = ["none", "female", "male"] as const;
export type GenderPreference = (typeof GENDER_PREFERENCES)[number];
