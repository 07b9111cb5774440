import { notFound } from "next/navigation";

/** Any other path on the platform host. */
export default function Unmatched() {
  notFound();
}
