import type { Compliance, Nation } from "@lgp/councils";
import { formatDate, Temporal } from "@lgp/time";

/** What an accessibility statement says about one website, from its owner's own settings. */
export interface Statement {
  compliance: Compliance;
  /** The non-accessible content, one problem a line, as the owner wrote it. */
  knownIssues: string;
  /** ISO dates, like 2026-11-26, or "" when not given. */
  preparedOn: string;
  reviewedOn: string;
  nation: Nation;
}

/** The owner's list of problems, a line each, blank lines dropped. */
export function knownIssuesOf(statement: Pick<Statement, "knownIssues">): string[] {
  return statement.knownIssues
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
}

/** "26 November 2026", or null when no date was given. */
export function statementDate(iso: string): string | null {
  return iso ? formatDate(Temporal.PlainDate.from(iso)) : null;
}

/**
 * Who a complaint goes to when the website's owner does not resolve it: the regulations are enforced
 * by the EHRC in Great Britain, and by the Equality Commission in Northern Ireland.
 */
export function enforcementOf(nation: Nation): "gb" | "northernIreland" {
  return nation === "northern-ireland" ? "northernIreland" : "gb";
}
