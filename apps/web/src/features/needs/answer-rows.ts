import "server-only";
import { formatDate, Temporal } from "@lgp/time";
import type { SummaryRow } from "@lgp/ui";
import { getTranslations } from "next-intl/server";
import { needWords } from "./choices";

/** A need's answers, as the resident gave them: from their draft, or from the need itself. */
export interface Answers {
  category: string;
  description: string;
  postcode: string;
  times: readonly string[];
  dates: readonly string[];
  urgency: string;
  language?: string | null;
  /** "none" or null for no preference. */
  helperGender?: string | null;
  accessibility: readonly string[];
}

/**
 * The answers as summary rows, in the question pages' order; with `change`, each row links to its
 * question page, which comes back to check your answers.
 */
export async function answerRows(answers: Answers, change?: (question: string) => string): Promise<SummaryRow[]> {
  const t = await getTranslations("needs.fields");
  const words = await needWords();
  const when = [...answers.times.map(words.weekPart), ...answers.dates.map((d) => formatDate(Temporal.PlainDate.from(d)))];
  const row = (key: string, value: string, question: string, hidden: string): SummaryRow => ({
    key,
    value,
    actions: change ? [{ href: change(question), label: t("change"), visuallyHiddenText: hidden.toLowerCase() }] : undefined,
  });
  return [
    row(t("category"), answers.category, "category", t("category")),
    row(t("description"), answers.description, "description", t("description")),
    row(t("postcode"), answers.postcode, "postcode", t("postcode")),
    row(t("when"), when.join(", "), "when", t("when")),
    row(t("urgency"), words.urgency(answers.urgency), "urgency", t("urgency")),
    row(t("language"), answers.language || t("noLanguage"), "preferences", t("language")),
    row(t("gender"), words.gender(answers.helperGender ?? "none"), "preferences", t("gender")),
    row(t("access"), answers.accessibility.length ? answers.accessibility.map(words.access).join(", ") : t("none"), "preferences", t("access")),
  ];
}
