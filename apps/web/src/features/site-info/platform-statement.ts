import type { Statement } from "./statement";

/**
 * The platform host's own accessibility statement. Its pages are the platform's own (no council adds
 * content to them) and each is checked with axe against WCAG 2.2 AA in a real browser on every change.
 * Review it, and change the date, whenever those pages change.
 */
export const PLATFORM_STATEMENT: Statement = {
  compliance: "full",
  knownIssues: "",
  preparedOn: "2026-11-27",
  reviewedOn: "2026-11-27",
  nation: "england",
};
