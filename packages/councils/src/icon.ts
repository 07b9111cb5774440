import type { Branding } from "./branding";
import { isHexColour } from "./contrast";
import { DEFAULT_BRANDING } from "./council-input";

/**
 * The icon browsers show in a tab for a council with no logo: its initial in its brand colours. The
 * initial is its slug's (plain a to z by construction) rather than its name's, which for most councils
 * would be the "L" of "London Borough of" or the "R" of "Royal Borough of".
 */
export function councilIcon(council: { slug: string } & Pick<Branding, "brandColour" | "brandTextColour">): string {
  // Only colours as the registry checks them get into the markup; anything else falls back to the default.
  const background = isHexColour(council.brandColour) ? council.brandColour : DEFAULT_BRANDING.brandColour;
  const text = isHexColour(council.brandTextColour) ? council.brandTextColour : DEFAULT_BRANDING.brandTextColour;
  const initial = /^[a-z]/.exec(council.slug)?.[0]?.toUpperCase() ?? "";
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">` +
    `<rect width="32" height="32" rx="4" fill="${background}"/>` +
    `<text x="16" y="23" text-anchor="middle" font-family="Helvetica, Arial, sans-serif" font-size="22" font-weight="700" fill="${text}">${initial}</text></svg>`
  );
}
