import { archiveBookable, setDateHours } from "@lgp/booking";
import { councilScope } from "@lgp/db";
import { todayInLondon } from "@lgp/time";
import { randomBytes } from "node:crypto";
import type { z } from "zod";
import type { addBookableInput } from "../../src/form-inputs";
import { sampleBookable } from "./booking-samples";
import type { World } from "./world";

const fresh = () => randomBytes(8).toString("hex");

/** A date a few days ahead, as the date form sends it. */
export const sampleDate = (days = 3) => todayInLondon().add({ days }).toString();

/** A community room as the admins' form sends it: open 9 to 5 on weekdays, closed at weekends. */
export const sampleBookableForm = (): z.input<typeof addBookableInput> => ({
  kind: "room",
  name: `Room ${fresh()}`,
  location: "Guildhall, High Street",
  postcode: "KT1 1EU",
  accessibility: "Step-free access\nHearing loop",
  durationMinutes: 60,
  bufferAfterMinutes: 15,
  noticeHours: 2,
  horizonDays: 90,
  capacity: 1,
  ...Object.fromEntries(["monday", "tuesday", "wednesday", "thursday", "friday"].flatMap((day) => [[`${day}Opens`, "09:00"], [`${day}Closes`, "17:00"]])),
});

/** A room of the council `slug` that has a date of its own hours, with that date. */
async function roomWithDateHours(world: World, slug: string): Promise<{ bookableId: number; date: string }> {
  const bookableId = await sampleBookable(world, slug);
  const date = sampleDate();
  await councilScope(world.database, slug).run((tx) => setDateHours(tx, bookableId, { date, hours: [] }));
  return { bookableId, date };
}

export const bookableAdminSamples: Record<string, (world: World, slug: string) => Promise<unknown>> = {
  "booking.adminBookable": async (world, slug) => ({ bookableId: await sampleBookable(world, slug) }),
  "booking.addBookable": async () => sampleBookableForm(),
  "booking.updateBookable": async (world, slug) => ({ bookableId: await sampleBookable(world, slug), ...sampleBookableForm() }),
  "booking.archiveBookable": async (world, slug) => ({ bookableId: await sampleBookable(world, slug) }),
  "booking.restoreBookable": async (world, slug) => {
    const bookableId = await sampleBookable(world, slug);
    await councilScope(world.database, slug).run((tx) => archiveBookable(tx, bookableId));
    return { bookableId };
  },
  "booking.setDateHours": async (world, slug) => ({ bookableId: await sampleBookable(world, slug), date: sampleDate(), opens: "10:00", closes: "12:00" }),
  "booking.removeDateHours": roomWithDateHours,
};
