import type { ReactNode } from "react";
import { WidthContainer } from "./layout";
import { Tag } from "./tag";

/** GOV.UK phase banner, below the header: the service's phase ("Beta") and how to give feedback. */
export function PhaseBanner({ phase, children }: { phase: string; children: ReactNode }) {
  return (
    <WidthContainer>
      <div className="border-b border-border py-2.5">
        <p className="m-0 flex items-start gap-2.5">
          <Tag>{phase}</Tag>
          <span>{children}</span>
        </p>
      </div>
    </WidthContainer>
  );
}
