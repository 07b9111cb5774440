import type { ReactNode } from "react";

/**
 * GOV.UK back link, at the top of a page in a journey: to the page before, so it works without
 * JavaScript (not history.back()). The chevron is drawn with borders, so it follows the text colour.
 */
export function BackLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <a
      href={href}
      className="relative my-4 inline-block pl-[0.875em] text-base text-text underline decoration-1 underline-offset-2 visited:text-text hover:decoration-3 before:absolute before:inset-y-0 before:left-[0.1875em] before:my-auto before:block before:size-[0.4375em] before:rotate-[225deg] before:border-r before:border-t before:border-secondary-text before:content-[''] after:absolute after:-inset-y-3.5 after:inset-x-0 after:content-[''] focus:bg-focus focus:text-focus-text focus:no-underline focus:shadow-[0_4px_var(--color-focus-text)] focus:outline-3 focus:outline-transparent focus:before:border-focus-text"
    >
      {children}
    </a>
  );
}
