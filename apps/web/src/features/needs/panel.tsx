import type { ReactNode } from "react";

/** GOV.UK confirmation panel: the page's heading and, below it, the reference the person will quote. */
export function Panel({ title, label, reference }: { title: string; label: string; reference: ReactNode }) {
  return (
    <div className="mb-8 bg-success p-6 text-center text-white sm:p-9">
      <h1 className="mb-6 text-3xl font-bold sm:text-5xl">{title}</h1>
      <div className="text-2xl sm:text-4xl">
        {label}
        <br />
        <strong data-testid="need-reference">{reference}</strong>
      </div>
    </div>
  );
}
