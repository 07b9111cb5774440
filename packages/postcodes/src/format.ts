import { isValid, toNormalised, toOutcode } from "postcode";

/** "kt11eu", " KT1  1EU " and "KT1 1EU" are one postcode: upper case with one space, or null when the format is wrong. */
export function normalisePostcode(input: string): string | null {
  const trimmed = input.trim();
  return isValid(trimmed) ? toNormalised(trimmed) : null;
}

/** What is wrong with a postcode as typed, in GOV.UK's words; null when its format is right. */
export function postcodeProblem(input: string): string | null {
  if (input.trim() === "") return "Enter a postcode";
  return normalisePostcode(input) ? null : "Enter a real postcode, like KT1 1EU";
}

/** The outward code ("KT1"): near enough to say where someone is without saying who they are. */
export function postcodeDistrict(postcode: string): string {
  return toOutcode(postcode) ?? postcode.split(" ")[0]!;
}
