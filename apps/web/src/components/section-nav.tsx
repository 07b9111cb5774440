export interface Section {
  href: string;
  label: string;
}

/**
 * A console's sections. The one holding the page is marked for screen readers (aria-current) and by
 * sight, worked out on the server from the path asked for: every link is a plain one that loads a page,
 * so the mark is right with or without JavaScript.
 */
export function SectionNav({ label, sections, path }: { label: string; sections: Section[]; path: string }) {
  const pathname = path.split(/[?#]/)[0]!;
  const within = sections.filter((s) => pathname === s.href || pathname.startsWith(`${s.href}/`));
  const current = within.sort((a, b) => b.href.length - a.href.length)[0];
  return (
    <nav aria-label={label} className="mb-8 border-b border-border pb-4">
      <ul className="flex flex-wrap gap-x-6 gap-y-2">
        {sections.map((s) => (
          <li key={s.href}>
            <a
              href={s.href}
              aria-current={s === current ? (pathname === s.href ? "page" : "true") : undefined}
              className={`text-link underline focus:bg-focus focus:text-focus-text ${s === current ? "font-bold" : ""}`}
            >
              {s.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
