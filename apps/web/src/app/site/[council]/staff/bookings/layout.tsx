import type { ReactNode } from "react";
import { requireModule } from "~/server/module-gate";

export default async function BookingModule({ children }: { children: ReactNode }) {
  await requireModule("booking");
  return children;
}
