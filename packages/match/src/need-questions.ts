import { councilSchema } from "@lgp/db";
import { postcodeProblem } from "@lgp/postcodes";
import { z } from "zod";
import { ACCESS_NEEDS, GENDER_PREFERENCES, WEEK_PARTS } from "./choices";

/** The longest description of a need: its page counts down to this. */
export const NEED_DESCRIPTION_MAX = 1000;

/** The question pages, in the order a resident meets them. */
export const NEED_QUESTIONS = ["category", "description", "postcode", "when", "urgency", "preferences"] as const;
export type NeedQuestion = (typeof NEED_QUESTIONS)[number];

const category = z.string({ error: "Select the kind of help you need" }).trim().min(1, { error: "Select the kind of help you need" }).max(100);

const description = z
  .string({ error: "Enter what you need help with" })
  .trim()
  .min(1, { error: "Enter what you need help with" })
  .max(NEED_DESCRIPTION_MAX, { error: `What you need help with must be ${NEED_DESCRIPTION_MAX} characters or fewer` });

const postcode = z
  .string({ error: "Enter a postcode" })
  .trim()
  .superRefine((value, ctx) => {
    const problem = postcodeProblem(value);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

const times = z.array(z.enum(WEEK_PARTS as [string, ...string[]], { error: "Select times from the list" })).max(WEEK_PARTS.length).default([]);

/** Particular dates, as ISO dates (the pages read them from GOV.UK date inputs). */
const dates = z
  .array(z.iso.date({ error: "Enter a real date" }))
  .max(10, { error: "Enter 10 dates or fewer" })
  .default([]);

const urgency = z.enum(councilSchema.needUrgency, { error: "Select how soon you need help" });

const language = z.string().trim().max(50, { error: "The language must be 50 characters or fewer" }).optional();

const helperGender = z.enum(GENDER_PREFERENCES, { error: "Select whether you would like a female or male helper, or have no preference" });

const accessibility = z.array(z.enum(ACCESS_NEEDS, { error: "Select access needs from the list" })).default([]);

const atLeastOneTime = (when: { times: readonly string[]; dates: readonly string[] }, ctx: z.RefinementCtx) => {
  if (when.times.length === 0 && when.dates.length === 0) ctx.addIssue({ code: "custom", path: ["times"], message: "Select when you need help, or enter a date" });
};

/** One question page's answer: the page names itself, so one procedure takes every page's form. */
export const needAnswerInput = z.discriminatedUnion("question", [
  z.strictObject({ question: z.literal("category"), category }),
  z.strictObject({ question: z.literal("description"), description }),
  z.strictObject({ question: z.literal("postcode"), postcode }),
  z.strictObject({ question: z.literal("when"), times, dates }).superRefine(atLeastOneTime),
  z.strictObject({ question: z.literal("urgency"), urgency }),
  z.strictObject({ question: z.literal("preferences"), language, helperGender, accessibility }),
]);
export type NeedAnswer = z.output<typeof needAnswerInput>;

const detailFields = { category, description, postcode, times, dates, urgency, language, helperGender, accessibility };

/** Every answer a need is made from, as a draft holds them once complete. */
export const needDetails = z.strictObject(detailFields).superRefine(atLeastOneTime);
export type NeedDetails = z.output<typeof needDetails>;

/**
 * A need that staff or a referrer asks for on a resident's behalf, on one page: the resident's email
 * address (they are found, or added, in this council), the same answers, and the resident's consent.
 */
export const needForResidentInput = z
  .strictObject({
    residentEmail: z
      .string({ error: "Enter the resident's email address" })
      .trim()
      .toLowerCase()
      .min(1, { error: "Enter the resident's email address", abort: true })
      .email("Enter the resident's email address in the correct format, like name@example.com"),
    ...detailFields,
    consentGivenBy: z.string({ error: "Enter the name of the person who gave consent" }).trim().min(1, { error: "Enter the name of the person who gave consent" }).max(100, { error: "The name must be 100 characters or fewer" }),
    consentOn: z.iso.date({ error: "Enter the date consent was given" }),
    consentHow: z.enum(councilSchema.consentHow, { error: "Select how the resident gave consent" }),
  })
  .superRefine(atLeastOneTime);
export type NeedForResident = z.output<typeof needForResidentInput>;

/** The draft's answers so far: whatever of the details has been given (a draft from an older page set is read leniently). */
export type NeedAnswers = Partial<NeedDetails>;

/** The first question not yet answered, or null when the draft is ready to check. */
export function firstUnanswered(answers: NeedAnswers): NeedQuestion | null {
  const answered: Record<NeedQuestion, boolean> = {
    category: answers.category !== undefined,
    description: answers.description !== undefined,
    postcode: answers.postcode !== undefined,
    when: (answers.times?.length ?? 0) + (answers.dates?.length ?? 0) > 0,
    urgency: answers.urgency !== undefined,
    preferences: answers.helperGender !== undefined,
  };
  return NEED_QUESTIONS.find((q) => !answered[q]) ?? null;
}
