import type { ReactNode } from "react";
import { Link } from "./layout";

export interface SummaryAction {
  href: string;
  /** "Change", in the page's language. */
  label: string;
  /** Read after the label by screen readers only, so each "Change" link says what it changes: "name". */
  visuallyHiddenText: string;
}

export interface SummaryRow {
  key: string;
  value: ReactNode;
  actions?: SummaryAction[];
}

const cell = "sm:table-cell sm:py-2.5 sm:pr-5 sm:last:pr-0";

function ActionLink({ action }: { action: SummaryAction }) {
  return (
    <Link href={action.href}>
      {action.label}
      <span className="sr-only"> {action.visuallyHiddenText}</span>
    </Link>
  );
}

/**
 * GOV.UK summary list: keys and values, as on a "Check your answers" page, each row with the links
 * that change it. A table on wider screens, stacked on narrow ones; a description list to screen readers.
 */
export function SummaryList({ rows, testId }: { rows: SummaryRow[]; testId?: string }) {
  const anyActions = rows.some((row) => row.actions?.length);
  return (
    <dl className="mb-5 w-full sm:mb-8 sm:table sm:table-fixed sm:border-collapse" data-testid={testId}>
      {rows.map((row) => {
        const actions = row.actions ?? [];
        // A row without actions keeps an empty cell where others have them, so the columns still line up.
        const filler = anyActions && actions.length === 0 ? "sm:after:table-cell sm:after:w-1/5 sm:after:content-['']" : "";
        return (
          <div key={row.key} className={`mb-4 border-b border-border sm:mb-0 sm:table-row ${filler}`}>
            <dt className={`mb-1 font-bold [overflow-wrap:break-word] sm:w-[30%] ${cell}`}>{row.key}</dt>
            <dd className={`mb-4 [overflow-wrap:break-word] sm:mb-0 ${cell}`}>{row.value}</dd>
            {actions.length > 0 ? (
              <dd className={`mb-4 sm:mb-0 sm:w-1/5 sm:text-right ${cell}`}>
                {actions.length === 1 ? (
                  <ActionLink action={actions[0]!} />
                ) : (
                  <ul className="m-0 w-full p-0">
                    {actions.map((action) => (
                      <li key={action.href} className="inline border-l border-border px-2.5 first:pl-0 last:pr-0 first:border-l-0 sm:mb-1 sm:inline-block">
                        <ActionLink action={action} />
                      </li>
                    ))}
                  </ul>
                )}
              </dd>
            ) : null}
          </div>
        );
      })}
    </dl>
  );
}
