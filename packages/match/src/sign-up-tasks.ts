import { councilSchema } from "@lgp/db";
import { postcodeProblem } from "@lgp/postcodes";
import { z } from "zod";
import { ACCESS_NEEDS, WEEK_PARTS } from "./choices";

type WeekPart = councilSchema.WeekPart;

/** The tasks of a helper's sign-up, in the task list's order. */
export const SIGN_UP_TASKS = ["details", "area", "availability", "categories", "capacity", "access", "notice"] as const;
export type SignUpTask = (typeof SIGN_UP_TASKS)[number];

/** Each task as a sentence names it: "Complete your details and where you help before you send". */
export const SIGN_UP_TASK_NAMES: Record<SignUpTask, string> = {
  details: "your details",
  area: "where you help",
  availability: "when you are free",
  categories: "what you help with",
  capacity: "how many people at once",
  access: "languages and access",
  notice: "how you hear of new needs",
};

const text = (missing: string, most: number, tooLong: string) =>
  z
    .string({ error: missing })
    .trim()
    .overwrite((value) => value.replace(/[ \t]+/g, " "))
    .min(1, missing)
    .max(most, tooLong);

const details = {
  task: z.literal("details"),
  publicName: text("Enter the name residents will see, like your first name", 60, "Enter a name of 60 characters or fewer"),
  about: text("Tell residents about yourself and the help you give", 1000, "Enter 1000 characters or fewer about yourself"),
};

/** How far a helper travels from their postcode, in kilometres. */
export const RADIUS_KM = { least: 0.5, most: 50 } as const;

const area = {
  task: z.literal("area"),
  areaKind: z.enum(["radius", "wards"], { error: "Choose whether you help around a postcode or in particular wards" }),
  postcode: z.string().trim().optional(),
  radiusKm: z.number({ error: "Enter how far you will travel in kilometres, like 3" }).optional(),
  wards: z.array(z.string().trim().min(1).max(20)).max(100).default([]),
};

/** A postcode with a radius, or at least one ward. */
function checkArea(given: z.output<z.ZodObject<typeof area>>, ctx: z.RefinementCtx) {
  const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
  if (given.areaKind === "wards") {
    if (given.wards.length === 0) issue("wards", "Choose at least one ward you help in");
    return;
  }
  if (!given.postcode) issue("postcode", "Enter the postcode you help from");
  else {
    const problem = postcodeProblem(given.postcode);
    if (problem) issue("postcode", problem);
  }
  if (given.radiusKm === undefined) issue("radiusKm", "Enter how far you will travel in kilometres, like 3");
  else if (given.radiusKm < RADIUS_KM.least || given.radiusKm > RADIUS_KM.most) issue("radiusKm", `Enter a distance from ${RADIUS_KM.least} to ${RADIUS_KM.most} kilometres`);
}

const availability = {
  task: z.literal("availability"),
  availability: z
    .array(z.enum(WEEK_PARTS as [WeekPart, ...WeekPart[]], { error: "Choose parts of the week from the list" }), { error: "Choose at least one part of the week when you are free" })
    .min(1, "Choose at least one part of the week when you are free"),
};

const categories = {
  task: z.literal("categories"),
  categoryIds: z
    .array(z.number({ error: "Choose kinds of help from the list" }).int({ error: "Choose kinds of help from the list" }), { error: "Choose at least one kind of help" })
    .min(1, "Choose at least one kind of help"),
};

const capacity = {
  task: z.literal("capacity"),
  capacity: z
    .number({ error: "Enter how many people you can help at once, like 2" })
    .int({ error: "Enter a whole number of people, like 2" })
    .min(1, "Enter a number from 1 to 50")
    .max(50, "Enter a number from 1 to 50"),
};

const access = {
  task: z.literal("access"),
  /** Typed as a list, like "English, Polish" (or given as one): each kept as first written, without repeats in any case. */
  languages: z
    .union([z.string(), z.array(z.string())], { error: "Enter the languages you speak, like English" })
    .transform((typed) => {
      const written = (typeof typed === "string" ? typed.split(/[,;\n]/) : typed).map((l) => l.trim().replace(/\s+/g, " ")).filter(Boolean);
      return written.filter((l, i) => written.findIndex((w) => w.toLowerCase() === l.toLowerCase()) === i);
    })
    .pipe(z.array(z.string().max(40, "Enter each language in 40 characters or fewer")).min(1, "Enter the languages you speak, like English").max(20, "Enter 20 languages or fewer")),
  accessibility: z.array(z.enum(ACCESS_NEEDS, { error: "Choose what you offer for access from the list" })).default([]),
  gender: z.enum([...councilSchema.helperGender, "unsaid"], { error: "Choose your gender, or that you would rather not say" }),
};

/** How a helper hears of new needs: chosen at sign-up, changed on its own page afterwards. */
export const noticeChoice = z.enum(councilSchema.helperNotice, { error: "Choose how you want to hear of new needs" });

const notice = { task: z.literal("notice"), notice: noticeChoice };

/** Each task's answers with `extra` fields beside them (the API adds the helper's id). */
function answersWith<Extra extends z.core.$ZodLooseShape>(extra: Extra) {
  return z.discriminatedUnion("task", [
    z.strictObject({ ...extra, ...details }),
    z.strictObject({ ...extra, ...area }).superRefine((given, ctx) => checkArea(given as z.output<z.ZodObject<typeof area>>, ctx)),
    z.strictObject({ ...extra, ...availability }),
    z.strictObject({ ...extra, ...categories }),
    z.strictObject({ ...extra, ...capacity }),
    z.strictObject({ ...extra, ...access }),
    z.strictObject({ ...extra, ...notice }),
  ]);
}

/** One task's answers, as its page posts them: the same checks from a form, the API or a test. */
export const signUpAnswers = answersWith({});
export type SignUpAnswers = z.output<typeof signUpAnswers>;

/** A task's answers for the helper `helperId`, as the API takes them. */
export const signUpTaskInput = answersWith({ helperId: z.number({ error: "Choose who you are signing up" }).int({ error: "Choose who you are signing up" }) });
