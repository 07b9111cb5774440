"use client";

import { useEffect, useRef } from "react";
import type { FieldError } from "./forms";

/**
 * GOV.UK error summary: at the top of the form, each error linking to its field. With JavaScript it
 * takes focus whenever the form comes back with errors, so the person hears and sees them first; without
 * it, it is the first thing in the form. `pageTitle` ("Error: …") is the document's title while it shows,
 * as GOV.UK asks, when the form answers without reloading the page (a page drawn again on the server is
 * titled so by its metadata).
 */
export function ErrorSummary({ title, errors, pageTitle }: { title: string; errors: FieldError[]; pageTitle?: string }) {
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length > 0) summary.current?.focus();
  }, [errors]);
  if (errors.length === 0) return null;
  return (
    <div ref={summary} className="mb-8 border-4 border-error p-4 focus:outline-3 focus:outline-focus" aria-labelledby="error-summary-title" tabIndex={-1} data-error-summary>
      {/* Drawn in the browser, React puts this title first in the head, where it is the one shown. */}
      {pageTitle ? <title>{pageTitle}</title> : null}
      <div role="alert">
        <h2 id="error-summary-title" className="mb-4 text-xl font-bold">
          {title}
        </h2>
        <ul>
          {errors.map((e) => (
            <li key={e.field}>
              <a href={`#${e.field}`} className="font-bold text-error underline focus:bg-focus focus:text-focus-text">
                {e.message}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
