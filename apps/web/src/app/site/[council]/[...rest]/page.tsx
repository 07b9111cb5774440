import { notFound } from "next/navigation";

/** Any other path on a council's site: the council's own "page not found". */
export default function Unmatched() {
  notFound();
}
