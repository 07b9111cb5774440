import type { ReactNode } from "react";

export interface TableColumn {
  label: string;
  /** Figures: right-aligned with figures of equal width, so they line up; its heading too. */
  numeric?: boolean;
  /** "nowrap" keeps a date on one line; "anywhere" lets an email address or a long code break mid-word. */
  wrap?: "nowrap" | "anywhere";
}

export interface TableRow {
  key: string | number;
  /** One per column, in the columns' order. */
  cells: ReactNode[];
}

interface TableProps {
  /** What the table holds: every table has one, for screen readers, even when it is not shown. */
  caption: string;
  /** GOV.UK's caption sizes; "hidden" when a heading just above already says the same. */
  captionSize?: "s" | "m" | "l" | "hidden";
  columns: TableColumn[];
  rows: TableRow[];
  /** The first cell of each row names the row (a row header), as a person's name heads their details. */
  firstCellIsHeader?: boolean;
  testId?: string;
}

const captionSizes = { s: "mb-2.5 text-lg", m: "mb-4 text-2xl", l: "mb-4 text-3xl", hidden: "sr-only" };
const wraps = { nowrap: "whitespace-nowrap", anywhere: "[overflow-wrap:anywhere]" };

function cellClass(column: TableColumn | undefined, bold: boolean) {
  const numeric = column?.numeric ? "text-right tabular-nums" : "text-left";
  const wrap = column?.wrap ? wraps[column.wrap] : "";
  return `border-b border-border py-2.5 pr-5 align-top last:pr-0 ${bold ? "font-bold" : ""} ${numeric} ${wrap}`;
}

/**
 * GOV.UK table, for data to compare across rows and down columns. It scrolls sideways inside its own
 * box on a narrow screen rather than making the whole page scroll (WCAG 1.4.10 allows this for data tables).
 */
export function Table({ caption, captionSize = "m", columns, rows, firstCellIsHeader = false, testId }: TableProps) {
  return (
    <div className="mb-10 overflow-x-auto">
      <table className="w-full border-collapse" data-testid={testId}>
        <caption className={`text-left font-bold ${captionSizes[captionSize]}`}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.label} scope="col" className={cellClass(column, true)}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              {row.cells.map((cell, i) =>
                i === 0 && firstCellIsHeader ? (
                  <th key={i} scope="row" className={cellClass(columns[i], true)}>
                    {cell}
                  </th>
                ) : (
                  <td key={i} className={cellClass(columns[i], false)}>
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
