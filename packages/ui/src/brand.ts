import type { CSSProperties } from "react";

export interface BrandColours {
  brandColour: string;
  brandTextColour: string;
  linkColour: string;
}

/** The CSS variables the Tailwind theme reads; set once on <html> for the council being shown. */
export function brandStyle(brand: BrandColours): CSSProperties {
  return {
    "--council-brand": brand.brandColour,
    "--council-brand-text": brand.brandTextColour,
    "--council-link": brand.linkColour,
  } as CSSProperties;
}
