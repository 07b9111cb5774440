import type { ReactNode } from "react";

/**
 * GOV.UK Frontend's tag colours: each a dark shade on a light tint of one colour, readable at 4.5:1 or
 * more. The default is the council's brand, whose text colour the platform already holds to 4.5:1.
 */
const colours = {
  brand: "bg-brand text-brand-text",
  grey: "bg-[#e5e6e7] text-[#282d30]",
  green: "bg-[#cce2d8] text-[#005a30]",
  turquoise: "bg-[#d4ecea] text-[#10403c]",
  blue: "bg-[#d2e2f1] text-[#0c2d4a]",
  "light-blue": "bg-[#e8f1f8] text-[#0c2d4a]",
  purple: "bg-[#dbd5e9] text-[#3d2375]",
  pink: "bg-[#f7d7e6] text-[#80224d]",
  red: "bg-[#f6d7d2] text-[#2a0b06]",
  orange: "bg-[#fcd6c3] text-[#6e3619]",
  yellow: "bg-[#fff7bf] text-[#594d00]",
};

export type TagColour = keyof typeof colours;

/** GOV.UK tag: a short status ("Completed", "Beta"), never a link or a button. */
export function Tag({ colour = "brand", children }: { colour?: TagColour; children: ReactNode }) {
  return <strong className={`inline-block max-w-40 px-2 pb-[3px] pt-0.5 font-normal leading-tight [overflow-wrap:break-word] ${colours[colour]}`}>{children}</strong>;
}
