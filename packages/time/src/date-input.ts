import { Temporal } from "temporal-polyfill";
import { formatDate, MONTHS } from "./format";
import { todayInLondon } from "./zone";

export type DatePart = "day" | "month" | "year";

/** The three fields of a GOV.UK date input, as posted. */
export type DateFields = Record<DatePart, string>;

export type DateInputResult =
  | { ok: true; date: Temporal.PlainDate }
  /** `fields` are the ones to mark in error, in page order: the error summary links to the first. */
  | { ok: false; message: string; fields: DatePart[] };

export interface DateQuestion {
  /** The date's name as it reads mid-sentence: "date of birth", "the date your course ends". */
  name: string;
  /** Where the date must fall against today in London. */
  when?: "past" | "today-or-past" | "future" | "today-or-future";
  /** Inclusive bounds. GOV.UK's "must be after 1 September" is `earliest` 2 September. */
  earliest?: Temporal.PlainDate;
  latest?: Temporal.PlainDate;
  /** Said after the last date a bound's message names: "when you started the course". */
  boundNote?: string;
  /** Today in London, unless a test fixes it. */
  today?: Temporal.PlainDate;
}

const PARTS: DatePart[] = ["day", "month", "year"];
const HIGHEST: Record<DatePart, number> = { day: 31, month: 12, year: 9999 };

const WHEN = {
  past: { fails: (c: number) => c >= 0, says: "in the past" },
  "today-or-past": { fails: (c: number) => c > 0, says: "today or in the past" },
  future: { fails: (c: number) => c <= 0, says: "in the future" },
  "today-or-future": { fails: (c: number) => c < 0, says: "today or in the future" },
};

const whole = (text: string) => (/^\d+$/.test(text) ? Number(text) : NaN);

/** A month as a number, or written out in full or in part ("jan", "Sept"), as GOV.UK asks services to accept. */
function monthOf(text: string): number {
  if (/^[a-z]{3,}$/i.test(text)) return MONTHS.findIndex((m) => m.toLowerCase().startsWith(text.toLowerCase())) + 1 || NaN;
  return whole(text);
}

/**
 * Reads a GOV.UK date input, answering its guidance's messages word for word, in its order of priority:
 * missing or incomplete, then impossible, then outside the dates allowed.
 */
export function parseDateInput(posted: DateFields, question: DateQuestion): DateInputResult {
  const { name } = question;
  const Name = name.charAt(0).toUpperCase() + name.slice(1);
  const refuse = (message: string, fields: DatePart[]): DateInputResult => ({ ok: false, message, fields });
  const text = { day: posted.day.trim(), month: posted.month.trim(), year: posted.year.trim() };

  const missing = PARTS.filter((p) => text[p] === "");
  if (missing.length === PARTS.length) return refuse(`Enter ${name}`, PARTS);
  if (missing.length > 0) return refuse(`${Name} must include a ${missing.join(" and ")}`, missing);
  if (/^\d+$/.test(text.year) && text.year.length !== 4) return refuse("Year must include 4 numbers", ["year"]);

  const value = { day: whole(text.day), month: monthOf(text.month), year: whole(text.year) };
  const wrong = PARTS.filter((p) => !(value[p] >= 1 && value[p] <= HIGHEST[p]));
  // One wrong field is marked alone; with more, or with each right but not together (31 April), the whole date.
  if (wrong.length > 0) return refuse(`${Name} must be a real date`, wrong.length === 1 ? wrong : PARTS);
  let date: Temporal.PlainDate;
  try {
    date = Temporal.PlainDate.from(value, { overflow: "reject" });
  } catch {
    return refuse(`${Name} must be a real date`, PARTS);
  }

  const against = question.when ? WHEN[question.when] : undefined;
  if (against?.fails(Temporal.PlainDate.compare(date, question.today ?? todayInLondon()))) return refuse(`${Name} must be ${against.says}`, PARTS);

  const { earliest, latest } = question;
  const early = earliest && Temporal.PlainDate.compare(date, earliest) < 0;
  const late = latest && Temporal.PlainDate.compare(date, latest) > 0;
  if (early || late) {
    const note = question.boundNote ? ` ${question.boundNote}` : "";
    if (earliest && latest) return refuse(`${Name} must be between ${formatDate(earliest)} and ${formatDate(latest)}${note}`, PARTS);
    if (earliest) return refuse(`${Name} must be the same as or after ${formatDate(earliest)}${note}`, PARTS);
    return refuse(`${Name} must be the same as or before ${formatDate(latest!)}${note}`, PARTS);
  }
  return { ok: true, date };
}
