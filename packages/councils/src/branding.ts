import { contrastRatio, formatRatio, isHexColour, MIN_TEXT_CONTRAST } from "./contrast";

export interface Branding {
  /** Header background. */
  brandColour: string;
  /** Text and logo on the header. */
  brandTextColour: string;
  /** Links on the white page. */
  linkColour: string;
}

export const PAGE_BACKGROUND = "#ffffff";

export type BrandingErrors = Partial<Record<keyof Branding, string>>;

const labels: Record<keyof Branding, string> = {
  brandColour: "Brand colour",
  brandTextColour: "Brand text colour",
  linkColour: "Link colour",
};

/**
 * Checks each colour against the colour it is read with. Returns a message per failing field, naming
 * the ratio found and the minimum, so a council admin knows how far off the colour is. Every pair whose
 * colours are both readable is checked, so one mistyped colour does not hide another's poor contrast.
 */
export function checkBranding(branding: Branding): BrandingErrors {
  const errors: BrandingErrors = {};
  for (const field of Object.keys(labels) as (keyof Branding)[]) {
    if (!isHexColour(branding[field])) {
      errors[field] = `${labels[field]} must be a colour in the form #1d70b8.`;
    }
  }
  const pairs: [keyof Branding, string, string][] = [
    ["brandColour", branding.brandTextColour, `its text colour ${branding.brandTextColour}`],
    ["linkColour", PAGE_BACKGROUND, `the page background ${PAGE_BACKGROUND}`],
  ];
  for (const [field, against, what] of pairs) {
    if (errors[field] || !isHexColour(against)) continue;
    const ratio = contrastRatio(branding[field], against);
    if (ratio < MIN_TEXT_CONTRAST) {
      errors[field] =
        `${labels[field]} ${branding[field]} has a contrast ratio of ${formatRatio(ratio)} with ${what}; ` +
        `WCAG 2.2 AA needs at least ${MIN_TEXT_CONTRAST}:1. Choose a darker or lighter colour.`;
    }
  }
  return errors;
}
