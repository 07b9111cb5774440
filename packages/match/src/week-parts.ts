import type { councilSchema } from "@lgp/db";

/** "mon-morning" (9am to midday), "mon-afternoon" (midday to 5pm), "mon-evening" (5pm to 8pm), … in Europe/London. */
export type WeekPart = councilSchema.WeekPart;

export const WEEK_DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export const DAY_PARTS = ["morning", "afternoon", "evening"] as const;
