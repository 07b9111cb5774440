import type { ReactNode } from "react";

/**
 * GOV.UK start button: the link that begins a service, drawn as a large button with an arrow.
 * GOV.UK Frontend gives it role="button" and a script so Space follows it too; without that script a
 * "button" that Space does nothing on would mislead, so here it stays a link, announced as one.
 */
export function StartButton({ href, children }: { href: string; children: ReactNode }) {
  return (
    <a
      href={href}
      draggable={false}
      className="mb-8 inline-flex items-center border-b-2 border-[#002d18] bg-success px-4 py-2 text-xl font-bold leading-none text-white no-underline visited:text-white hover:bg-[#005a30] focus:border-text focus:bg-focus focus:text-focus-text focus:outline-3 focus:outline-focus sm:text-2xl"
    >
      {children}
      <svg className="ml-1.5 shrink-0 self-center sm:ml-2.5" xmlns="http://www.w3.org/2000/svg" width="17.5" height="19" viewBox="0 0 33 40" aria-hidden="true" focusable="false">
        <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
      </svg>
    </a>
  );
}
