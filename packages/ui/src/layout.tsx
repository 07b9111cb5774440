import type { ReactNode } from "react";

/** GOV.UK skip link: the first thing a keyboard user reaches on every page. */
export function SkipLink({ children }: { children: ReactNode }) {
  return (
    <a
      href="#main-content"
      className="absolute -top-full left-0 z-10 bg-focus p-3 text-focus-text underline focus:top-0 focus:outline-3 focus:outline-focus"
    >
      {children}
    </a>
  );
}

export function WidthContainer({ children }: { children: ReactNode }) {
  return <div className="mx-4 max-w-[960px] sm:mx-8 lg:mx-auto">{children}</div>;
}

export function Main({ children }: { children: ReactNode }) {
  return (
    <WidthContainer>
      <main id="main-content" tabIndex={-1} className="py-8 focus:outline-none sm:py-10">
        {children}
      </main>
    </WidthContainer>
  );
}

interface HeaderProps {
  homeHref: string;
  name: string;
  /** Only when there is a logo to show: without one, the name alone is the mark, never a broken image. */
  logoSrc?: string;
  serviceName?: string;
  /** Links at the header's end: sign in, your account, the consoles. */
  links?: { href: string; label: string }[];
  linksLabel?: string;
}

/** The council's header: its logo and name on its brand colour. Never the crown. */
export function Header({ homeHref, name, logoSrc, serviceName, links = [], linksLabel }: HeaderProps) {
  return (
    <header className="border-b-8 border-link bg-brand text-brand-text">
      <WidthContainer>
        <div className="flex flex-wrap items-center gap-x-6 gap-y-2 py-3">
          <a
            href={homeHref}
            className="flex items-center gap-3 text-lg font-bold text-brand-text no-underline hover:underline focus:bg-focus focus:text-focus-text focus:outline-3 focus:outline-focus"
          >
            {logoSrc ? <img src={logoSrc} alt="" width={80} height={32} className="h-8 w-20" /> : null}
            <span>{name}</span>
          </a>
          {serviceName ? <span className="text-lg">{serviceName}</span> : null}
          {links.length > 0 ? (
            <nav aria-label={linksLabel} className="ml-auto">
              <ul className="flex flex-wrap gap-x-4">
                {links.map((l) => (
                  <li key={l.href}>
                    <a href={l.href} className="text-brand-text underline focus:bg-focus focus:text-focus-text focus:no-underline focus:outline-3 focus:outline-focus">
                      {l.label}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          ) : null}
        </div>
      </WidthContainer>
    </header>
  );
}

export interface FooterLink {
  href: string;
  label: string;
}

/** `heading` names the footer's links for screen readers; the app passes it from its catalog. */
/** `attribution`: the lines a licence asks for where its data is used (the ONS's, on council sites), one a line. */
export function Footer({ heading, links, meta, attribution = [] }: { heading: string; links: FooterLink[]; meta: ReactNode; attribution?: readonly string[] }) {
  return (
    <footer className="mt-10 border-t-2 border-link bg-panel py-8 text-text">
      <WidthContainer>
        <h2 className="sr-only">{heading}</h2>
        <ul className="mb-4 flex flex-wrap gap-x-6 gap-y-2">
          {links.map((link) => (
            <li key={link.href}>
              <Link href={link.href}>{link.label}</Link>
            </li>
          ))}
        </ul>
        <p className="text-secondary-text">{meta}</p>
        {attribution.length > 0 && (
          <p className="mt-4 text-secondary-text">
            {attribution.map((line, i) => (
              <span key={line} className="block">
                {line}
                {i < attribution.length - 1 && " "}
              </span>
            ))}
          </p>
        )}
      </WidthContainer>
    </footer>
  );
}

export function Link({ href, children }: { href: string; children: ReactNode }) {
  return (
    <a
      href={href}
      className="text-link underline decoration-1 underline-offset-2 visited:text-link-visited hover:decoration-3 focus:bg-focus focus:text-focus-text focus:no-underline focus:shadow-[0_4px_var(--color-focus-text)] focus:outline-3 focus:outline-transparent"
    >
      {children}
    </a>
  );
}
