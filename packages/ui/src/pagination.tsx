import type { ReactNode } from "react";

const link =
  "text-link underline decoration-1 underline-offset-2 visited:text-link-visited hover:decoration-3 focus:bg-focus focus:text-focus-text focus:no-underline focus:shadow-[0_4px_var(--color-focus-text)] focus:outline-3 focus:outline-transparent";

/**
 * The pages worth a link: the first, the last, and those either side of the current one, with a gap
 * (null) where pages are skipped, as GOV.UK's pagination shows them.
 */
export function pageNumbers(current: number, pages: number): (number | null)[] {
  const shown = [...new Set([1, current - 1, current, current + 1, pages])].filter((p) => p >= 1 && p <= pages).sort((a, b) => a - b);
  return shown.flatMap((p, i) => (i > 0 && p - shown[i - 1]! > 1 ? [null, p] : [p]));
}

/**
 * GOV.UK pagination: plain links, so it works without JavaScript; `hrefFor` gives each page's address.
 * Nothing is drawn for a single page.
 */
export function Pagination({
  current,
  pages,
  hrefFor,
  labels,
}: {
  current: number;
  pages: number;
  hrefFor: (page: number) => string;
  /** In the page's language: "Previous", "Next", "Pagination" (the navigation's name), and "Page {n}" for screen readers. */
  labels: { previous: ReactNode; next: ReactNode; navigation: string; page: (n: number) => string };
}) {
  if (pages <= 1) return null;
  return (
    <nav aria-label={labels.navigation} className="mb-8 flex flex-wrap items-center gap-x-4 text-lg">
      {current > 1 ? (
        <a href={hrefFor(current - 1)} rel="prev" className={`${link} font-bold`}>
          {labels.previous}
        </a>
      ) : null}
      <ul className="flex flex-wrap gap-x-2">
        {pageNumbers(current, pages).map((p, i) =>
          p === null ? (
            <li key={`gap-${i}`} className="px-2 py-1">
              ⋯
            </li>
          ) : (
            <li key={p} className={p === current ? "bg-brand px-2 py-1 font-bold text-brand-text" : "px-2 py-1"}>
              {/* The current page is a link too, marked as current, as GOV.UK's pagination has it. */}
              <a href={hrefFor(p)} aria-label={labels.page(p)} aria-current={p === current ? "page" : undefined} className={p === current ? "text-brand-text focus:bg-focus focus:text-focus-text focus:outline-3 focus:outline-transparent" : link}>
                {p}
              </a>
            </li>
          ),
        )}
      </ul>
      {current < pages ? (
        <a href={hrefFor(current + 1)} rel="next" className={`${link} font-bold`}>
          {labels.next}
        </a>
      ) : null}
    </nav>
  );
}
