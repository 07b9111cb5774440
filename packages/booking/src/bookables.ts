import { councilSchema, InputError, type Tx } from "@lgp/db";
import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Availability } from "./openings";
import type { SlotRules } from "./slots";

const { bookables } = councilSchema;
export type Bookable = typeof bookables.$inferSelect;

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: "Enter a time like 09:00 or 17:30" });
const hours = z.strictObject({ opens: time, closes: time }).refine((h) => h.closes > h.opens, { error: "Closing time must be after opening time" });
const minutes = (what: string, most: number) =>
  z
    .number({ error: `Enter ${what} in minutes` })
    .int({ error: `Enter ${what} as a whole number of minutes` })
    .min(0, { error: `Enter ${what} of 0 minutes or more` })
    .max(most, { error: `Enter ${what} of ${most} minutes or less` });

/** A bookable as staff describe it. Owners are checked against the council's records when it is saved. */
export const bookableInput = z.strictObject({
  kind: z.enum(councilSchema.bookableKind, { error: "Choose what kind of thing is booked" }),
  name: z.string().trim().min(1, { error: "Enter a name" }).max(120, { error: "Name must be 120 characters or fewer" }),
  description: z.string().trim().max(2000, { error: "Description must be 2000 characters or fewer" }).default(""),
  offerId: z.number().int().positive().nullable().default(null),
  helperId: z.number().int().positive().nullable().default(null),
  staffId: z.number().int().positive().nullable().default(null),
  organisationId: z.number().int().positive().nullable().default(null),
  location: z.string().trim().min(1, { error: "Enter where it is" }).max(300, { error: "Location must be 300 characters or fewer" }),
  postcode: z.string().trim().max(10).nullable().default(null),
  accessibility: z.array(z.string().trim().min(1).max(60)).max(20).default([]),
  durationMinutes: minutes("how long each booking lasts", 1440).min(5, { error: "Each booking must last at least 5 minutes" }),
  bufferBeforeMinutes: minutes("the time kept clear before", 720).default(0),
  bufferAfterMinutes: minutes("the time kept clear after", 720).default(0),
  noticeMinutes: minutes("the notice needed", 60 * 24 * 60).default(0),
  horizonDays: z.number({ error: "Enter how many days ahead it can be booked" }).int().min(0).max(730, { error: "Enter 730 days or fewer" }).default(60),
  needsApproval: z.boolean().default(false),
  capacity: z.number({ error: "Enter how many places" }).int({ error: "Enter a whole number of places" }).min(1, { error: "Enter at least 1 place" }).max(500).default(1),
  openOnBankHolidays: z.boolean().default(false),
  weekly: z.array(hours.and(z.strictObject({ weekday: z.number().int().min(1).max(7) }))).max(70).default([]),
  overrides: z.array(z.strictObject({ date: z.iso.date({ error: "Enter a real date" }), hours: z.array(hours).max(10) })).max(400).default([]),
});
export type BookableInput = z.input<typeof bookableInput>;

/** Adds a bookable; a person or an offer given as its owner must be this council's. */
export async function addBookable(tx: Tx, input: BookableInput): Promise<Bookable> {
  const parsed = bookableInput.parse(input);
  if ((parsed.kind === "offer" || parsed.kind === "appointment") && parsed.capacity !== 1) {
    throw new InputError("An offer or an appointment is one to one", { capacity: "An offer or an appointment has 1 place" });
  }
  if (parsed.kind === "offer" && (parsed.offerId === null || parsed.helperId === null)) {
    throw new InputError("Choose the offer to make bookable", { offerId: "Choose the offer to make bookable" });
  }
  if (parsed.kind === "appointment" && parsed.staffId === null) {
    throw new InputError("Choose the member of staff the appointments are with", { staffId: "Choose the member of staff" });
  }
  const [row] = await tx.insert(bookables).values(parsed).returning();
  return row!;
}

export async function bookableById(tx: Tx, id: number): Promise<Bookable | null> {
  const [row] = await tx.select().from(bookables).where(eq(bookables.id, id));
  return row ?? null;
}

/** What slot finding reads of a bookable: its rules and its hours. */
export function rulesOf(bookable: Bookable): { rules: SlotRules; availability: Availability } {
  return {
    rules: {
      durationMinutes: bookable.durationMinutes,
      bufferBeforeMinutes: bookable.bufferBeforeMinutes,
      bufferAfterMinutes: bookable.bufferAfterMinutes,
      noticeMinutes: bookable.noticeMinutes,
      horizonDays: bookable.horizonDays,
      capacity: bookable.capacity,
    },
    availability: { weekly: bookable.weekly, overrides: bookable.overrides, openOnBankHolidays: bookable.openOnBankHolidays },
  };
}
