import { notFound } from "next/navigation";

/** A match's id from the page's address; anything else is no match at all. */
export function matchIdFrom(param: string): number {
  if (!/^\d{1,15}$/.test(param)) notFound();
  return Number(param);
}
