import "server-only";
import { formatDayTime, formatTime } from "@lgp/time";
import type { TagColour } from "@lgp/ui";
import { getTranslations } from "next-intl/server";

/** How each status looks on a booking's page and in lists. */
export const STATUS_COLOURS: Record<string, TagColour> = {
  held: "yellow",
  pending: "yellow",
  confirmed: "green",
  on_hold: "red",
  cancelled: "grey",
  declined: "grey",
  expired: "grey",
};

/** "10am to 11am" for a booking or a time, in London. */
export const timeSpan = async (start: Date | number, end: Date | number) => (await getTranslations("booking.times"))("timeLabel", { from: formatTime(new Date(start)), to: formatTime(new Date(end)) });

/** "Tuesday 1 December 2026 at 10am" for each of the nearest free times a conflict offered. */
export function nearestWords(error: unknown): string[] {
  const suggestions = (error as { cause?: { suggestions?: unknown } })?.cause?.suggestions;
  if (!Array.isArray(suggestions)) return [];
  return suggestions.flatMap((s) => (typeof (s as { startsAt?: unknown }).startsAt === "string" ? [formatDayTime(new Date((s as { startsAt: string }).startsAt))] : []));
}

/** Digits only reach a path built from what a form sent back. */
export const digits = (value: FormDataEntryValue | null) => String(value ?? "").replace(/\D/g, "");
