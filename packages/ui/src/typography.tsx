import type { ReactNode } from "react";

export function Heading({ level = 1, caption, children }: { level?: 1 | 2 | 3; caption?: string; children: ReactNode }) {
  const styles = { 1: "mb-8 text-3xl font-bold sm:text-5xl", 2: "mb-4 mt-8 text-2xl font-bold sm:text-3xl", 3: "mb-2 text-xl font-bold" };
  const Tag = `h${level}` as const;
  return (
    <>
      {caption ? <span className="mb-1 block text-lg text-secondary-text sm:text-xl">{caption}</span> : null}
      <Tag className={styles[level]}>{children}</Tag>
    </>
  );
}

export function Body({ lead = false, children }: { lead?: boolean; children: ReactNode }) {
  return <p className={lead ? "mb-6 text-xl sm:text-2xl" : "mb-4 text-base sm:text-lg"}>{children}</p>;
}
