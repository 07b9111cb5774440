import { councilSchema, InputError, type Tx } from "@lgp/db";
import type { Temporal } from "@lgp/time";
import { eq, sql } from "drizzle-orm";
import { firstUnanswered, needDetails, type NeedAnswer, type NeedAnswers } from "./need-questions";
import { createNeed, knownPostcode, listedCategoryId } from "./needs";

const { needDrafts } = councilSchema;

/** A person's answers so far (empty when they have not started), and the first question still to answer. */
export async function readNeedDraft(tx: Tx, personId: number): Promise<{ answers: NeedAnswers; next: ReturnType<typeof firstUnanswered> }> {
  const [draft] = await tx.select({ answers: needDrafts.answers }).from(needDrafts).where(eq(needDrafts.personId, personId));
  const answers = (draft?.answers ?? {}) as NeedAnswers;
  return { answers, next: firstUnanswered(answers) };
}

/**
 * Keeps one page's answer in the person's draft, replacing what that page said before. The category
 * and postcode are checked against the council's own lists here, so the resident hears of a problem on
 * the page that caused it, not at the end.
 */
export async function answerNeedQuestion(tx: Tx, personId: number, answer: NeedAnswer): Promise<void> {
  const { question, ...given } = answer;
  const answered: NeedAnswers = given;
  if (question === "category") await listedCategoryId(tx, answer.category);
  if (question === "postcode") answered.postcode = (await knownPostcode(tx, answer.postcode)).postcode;
  const [draft] = await tx.select({ answers: needDrafts.answers }).from(needDrafts).where(eq(needDrafts.personId, personId)).for("update");
  const answers: NeedAnswers = { ...(draft?.answers as NeedAnswers | undefined), ...answered };
  // An optional language left empty is no preference, not a blank one.
  if (question === "preferences" && !answered.language) delete answers.language;
  await tx
    .insert(needDrafts)
    .values({ personId, answers })
    .onConflictDoUpdate({ target: needDrafts.personId, set: { answers, updatedAt: sql`now()` } });
}

/**
 * Turns the person's finished draft into their need and removes the draft, in one transaction: both
 * happen or neither. Refused, with the page to go back to, when an answer is missing or no longer holds.
 */
export async function submitNeedDraft(tx: Tx, personId: number, now?: Temporal.Instant): Promise<{ id: number; reference: string }> {
  const [draft] = await tx.select({ answers: needDrafts.answers }).from(needDrafts).where(eq(needDrafts.personId, personId)).for("update");
  const answers = (draft?.answers ?? {}) as NeedAnswers;
  if (firstUnanswered(answers) !== null) throw new InputError("Answer every question before sending your request", { form: "Answer every question before sending your request" });
  const details = needDetails.safeParse(answers);
  if (!details.success) throw new InputError("Check your answers: one of them needs changing", { form: "Check your answers: one of them needs changing" });
  const need = await createNeed(tx, { residentId: personId, createdBy: personId, details: details.data, now });
  await tx.delete(needDrafts).where(eq(needDrafts.personId, personId));
  return need;
}
