import { notFound } from "next/navigation";

/** A case reference from the page's address ("SG-7K3M-Q9PX"); anything else is no case at all. */
export function referenceFrom(param: string): string {
  const reference = decodeURIComponent(param).toUpperCase();
  if (!/^SG-[0-9A-Z]{4}-[0-9A-Z]{4}$/.test(reference)) notFound();
  return reference;
}
