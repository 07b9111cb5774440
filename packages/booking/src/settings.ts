import { readSiteDetails, type Nation } from "@lgp/councils";
import { councilSchema, readSetting, writeSetting, type Tx } from "@lgp/db";
import { z } from "zod";
import type { Division } from "./bank-holidays";

/** How a council runs booking: how long a hold lasts, and when reminders go. */
export const bookingSettingsInput = z.strictObject({
  holdMinutes: z
    .number({ error: "Enter how many minutes a time is held, like 10" })
    .int({ error: "Enter a whole number of minutes, like 10" })
    .min(2, { error: "Hold a time for at least 2 minutes" })
    .max(60, { error: "Hold a time for 60 minutes or less" }),
  reminderHours: z
    .number({ error: "Enter how many hours before to send reminders, like 24" })
    .int({ error: "Enter a whole number of hours, like 24" })
    .min(1, { error: "Send reminders at least 1 hour before" })
    .max(168, { error: "Send reminders within a week (168 hours) before" }),
});
export type BookingSettings = z.output<typeof bookingSettingsInput>;

export const DEFAULT_BOOKING_SETTINGS: BookingSettings = { holdMinutes: 10, reminderHours: 24 };

/** GOV.UK's bank holiday division for each nation: Wales keeps England and Wales's. */
const DIVISION_OF: Record<Nation, Division> = { england: "england-and-wales", wales: "england-and-wales", scotland: "scotland", "northern-ireland": "northern-ireland" };

/** Whose bank holidays the council keeps: its nation's, as its admins set it with the site's details. */
export async function councilDivision(tx: Tx): Promise<Division> {
  return DIVISION_OF[(await readSiteDetails(tx)).nation];
}

const KEY = "booking";

/** The council's settings, each missing or unreadable one at its default. */
export async function readBookingSettings(tx: Tx): Promise<BookingSettings> {
  const stored = (await readSetting(tx, councilSchema.settings, KEY)) ?? {};
  const parsed = bookingSettingsInput.safeParse({ ...DEFAULT_BOOKING_SETTINGS, ...stored });
  return parsed.success ? parsed.data : DEFAULT_BOOKING_SETTINGS;
}

export async function writeBookingSettings(tx: Tx, settings: BookingSettings): Promise<void> {
  await writeSetting(tx, councilSchema.settings, KEY, bookingSettingsInput.parse(settings));
}
