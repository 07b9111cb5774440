import Holidays from "date-holidays";
import { Temporal } from "@lgp/time";
import { z } from "zod";
import snapshot from "../data/bank-holidays.json" with { type: "json" };

/** GOV.UK's three divisions. A council in Wales keeps England and Wales's bank holidays. */
export const DIVISIONS = ["england-and-wales", "scotland", "northern-ireland"] as const;
export type Division = (typeof DIVISIONS)[number];

const division = (name: Division) =>
  z.object({
    division: z.literal(name),
    events: z.array(z.object({ title: z.string().min(1), date: z.iso.date(), notes: z.string(), bunting: z.boolean() })).min(1),
  });

/** The GOV.UK bank holidays file (https://www.gov.uk/bank-holidays.json), as published. */
export const bankHolidaysFile = z.object({
  "england-and-wales": division("england-and-wales"),
  scotland: division("scotland"),
  "northern-ireland": division("northern-ireland"),
});
export type BankHolidaysFile = z.infer<typeof bankHolidaysFile>;

const shipped: BankHolidaysFile = bankHolidaysFile.parse(snapshot);

const REGIONS: Record<Division, string> = { "england-and-wales": "ENG", scotland: "SCT", "northern-ireland": "NIR" };

/** Years the snapshot covers, for each division: inside them it is the word; outside, date-holidays. */
function yearsOf(file: BankHolidaysFile, name: Division): { first: number; last: number } {
  const years = file[name].events.map((e) => Number(e.date.slice(0, 4)));
  return { first: Math.min(...years), last: Math.max(...years) };
}

const computed = new Map<string, Map<string, string>>();

/**
 * A year's bank holidays beyond the snapshot, from date-holidays: the public and bank holidays it
 * lists, less those on a weekend (it lists Christmas on a Saturday beside its substitute Monday; GOV.UK
 * lists only the Monday).
 */
function computedYear(name: Division, year: number): Map<string, string> {
  const key = `${name}:${year}`;
  let days = computed.get(key);
  if (!days) {
    days = new Map();
    for (const holiday of new Holidays("GB", REGIONS[name]).getHolidays(year)) {
      if (holiday.type !== "public" && holiday.type !== "bank") continue;
      const date = holiday.date.slice(0, 10);
      if (Temporal.PlainDate.from(date).dayOfWeek <= 5) days.set(date, holiday.name);
    }
    computed.set(key, days);
  }
  return days;
}

/**
 * The bank holidays of `name` from `from` to `to` (inclusive), as date ("2026-12-25") → title: from the
 * shipped GOV.UK snapshot for the years it covers, from date-holidays for any other year.
 */
export function bankHolidaysBetween(name: Division, from: Temporal.PlainDate, to: Temporal.PlainDate, file: BankHolidaysFile = shipped): Map<string, string> {
  const { first, last } = yearsOf(file, name);
  const found = new Map<string, string>();
  const within = (date: string) => Temporal.PlainDate.compare(date, from) >= 0 && Temporal.PlainDate.compare(date, to) <= 0;
  for (let year = from.year; year <= to.year; year++) {
    const days =
      year >= first && year <= last
        ? file[name].events.filter((e) => e.date.startsWith(`${year}-`)).map((e) => [e.date, e.title] as const)
        : [...computedYear(name, year)];
    for (const [date, title] of days) if (within(date)) found.set(date, title);
  }
  return found;
}

/** The years the shipped snapshot covers, for the admin page and the refresh command to say. */
export const snapshotYears = (name: Division = "england-and-wales") => yearsOf(shipped, name);
