import { bookableInput } from "@lgp/booking";
import { WEEKDAYS } from "@lgp/time";
import { z } from "zod";
import { bookableIdInput } from "./booking";

/*
 * The admins' bookable forms, as the forms send them: numbers as numbers, the week as a pair of boxes a
 * day, access features one a line, notice in hours. The procedures turn them into a bookable.
 */

/** The week's days as the form's fields name them (mondayOpens, mondayCloses, …), Monday first as Temporal counts. */
export const BOOKABLE_DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"] as const;
type Day = (typeof BOOKABLE_DAYS)[number];

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** "9:00" and "9.00" read as 09:00; an empty box is no time. */
const normalTime = (text: string) => text.trim().replace(".", ":").replace(/^(\d):/, "0$1:");

const time = (what: string) =>
  z
    .string()
    .overwrite(normalTime)
    .refine((t) => t === "" || TIME.test(t), { error: `Enter ${what} like 09:00 or 17:30` })
    .optional();

/** Each day has two pairs of boxes: the second, for a break in the day (closed at lunch), may stay empty. */
const PAIRS = [
  { opens: "Opens", closes: "Closes", said: "" },
  { opens: "Opens2", closes: "Closes2", said: " again" },
] as const;
type Field = `${Day}${(typeof PAIRS)[number]["opens" | "closes"]}`;

const week = Object.fromEntries(
  BOOKABLE_DAYS.flatMap((day, i) =>
    PAIRS.flatMap((pair) => [
      [`${day}${pair.opens}`, time(`the time it opens${pair.said} on ${WEEKDAYS[i]}`)],
      [`${day}${pair.closes}`, time(`the time it closes${pair.said} on ${WEEKDAYS[i]}`)],
    ]),
  ),
) as Record<Field, ReturnType<typeof time>>;

/** A time as the refinements read it ("" for none); null for one its own check refused, which says so. */
function given(value: unknown): string | null {
  if (value === undefined) return "";
  const text = typeof value === "string" ? normalTime(value) : null;
  return text !== null && (text === "" || TIME.test(text)) ? text : null;
}

/**
 * Each day's pairs: both boxes or neither, closing after opening, and the second pair after the first
 * closes (and only with a first), each said beside the box to change.
 */
function checkWeek(value: Record<string, unknown>, ctx: z.RefinementCtx) {
  BOOKABLE_DAYS.forEach((day, i) => {
    let lastClose: string | null = null;
    for (const pair of PAIRS) {
      const opens = given(value[`${day}${pair.opens}`]);
      const closes = given(value[`${day}${pair.closes}`]);
      if (opens === null || closes === null) return;
      if ((opens === "") !== (closes === "")) {
        ctx.addIssue({ code: "custom", path: [opens === "" ? `${day}${pair.opens}` : `${day}${pair.closes}`], message: `Enter both an opening and a closing time${pair.said} for ${WEEKDAYS[i]}, or neither` });
        return;
      }
      if (opens === "") continue;
      if (closes <= opens) {
        ctx.addIssue({ code: "custom", path: [`${day}${pair.closes}`], message: `The closing time${pair.said} on ${WEEKDAYS[i]} must be after the opening time` });
        return;
      }
      if (pair.said && lastClose === null) {
        ctx.addIssue({ code: "custom", path: [`${day}${pair.opens}`], message: `Enter ${WEEKDAYS[i]}'s first opening and closing times before its second` });
        return;
      }
      if (lastClose !== null && opens < lastClose) {
        ctx.addIssue({ code: "custom", path: [`${day}${pair.opens}`], message: `On ${WEEKDAYS[i]} it must open again at or after ${lastClose}, when it first closes` });
        return;
      }
      lastClose = closes;
    }
  });
}

/** Access features one a line, as the bookable keeps them. */
export const accessLines = (text: string) =>
  text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);

const owner = (what: string) =>
  z
    .number({ error: `Choose ${what} from the list` })
    .int({ error: `Choose ${what} from the list` })
    .positive({ error: `Choose ${what} from the list` })
    .optional();

const { shape } = bookableInput;

const details = {
  name: shape.name,
  description: shape.description,
  location: shape.location,
  postcode: shape.postcode,
  accessibility: z
    .string()
    .default("")
    .superRefine((text, ctx) => {
      const checked = shape.accessibility.safeParse(accessLines(text));
      if (!checked.success) ctx.addIssue({ code: "custom", message: checked.error.issues[0]!.message });
    }),
  durationMinutes: shape.durationMinutes,
  bufferBeforeMinutes: shape.bufferBeforeMinutes,
  bufferAfterMinutes: shape.bufferAfterMinutes,
  noticeHours: z
    .number({ error: "Enter the notice needed in hours" })
    .int({ error: "Enter the notice needed as a whole number of hours" })
    .min(0, { error: "Enter a notice of 0 hours or more" })
    .max(24 * 60, { error: "Enter a notice of 1440 hours (60 days) or less" })
    .default(0),
  horizonDays: shape.horizonDays,
  capacity: shape.capacity,
  needsApproval: shape.needsApproval,
  openOnBankHolidays: shape.openOnBankHolidays,
  offerId: owner("an offer"),
  staffId: owner("a member of staff"),
  organisationId: owner("an organisation"),
  ...week,
};

const whenObject = { when: (payload: { value: unknown }) => typeof payload.value === "object" && payload.value !== null };

/** A new bookable: its kind is chosen once, here. */
export const addBookableInput = z.strictObject({ kind: shape.kind, ...details }).superRefine(checkWeek, whenObject);

/** A changed bookable. Its kind comes too (the change form keeps it hidden), and the domain refuses a different one. */
export const updateBookableInput = z.strictObject({ ...bookableIdInput.shape, kind: shape.kind, ...details }).superRefine(checkWeek, whenObject);

export type BookableForm = z.output<typeof addBookableInput>;

/** The pairs of boxes a day has, by their fields' endings: the week as the form sends it. */
export const BOOKABLE_HOURS_PAIRS = PAIRS;

/** One date's own hours: opening and closing times, or closed all day. */
export const setDateHoursInput = z
  .strictObject({
    ...bookableIdInput.shape,
    date: z.iso.date({ error: "Enter the date" }),
    opens: time("the time it opens"),
    closes: time("the time it closes"),
    closed: z.boolean().default(false),
  })
  .superRefine(
    (value, ctx) => {
      const opens = given(value.opens);
      const closes = given(value.closes);
      if (opens === null || closes === null) return;
      if (value.closed === true) {
        if (opens !== "" || closes !== "") ctx.addIssue({ code: "custom", path: ["closed"], message: "Leave the times empty for a date closed all day, or untick it" });
      } else if (opens === "" || closes === "") {
        ctx.addIssue({ code: "custom", path: [opens === "" ? "opens" : "closes"], message: "Enter an opening and a closing time, or tick closed all day" });
      } else if (closes <= opens) {
        ctx.addIssue({ code: "custom", path: ["closes"], message: "The closing time must be after the opening time" });
      }
    },
    whenObject,
  );

export const removeDateHoursInput = z.strictObject({ ...bookableIdInput.shape, date: z.iso.date({ error: "Choose a date from the list" }) });
