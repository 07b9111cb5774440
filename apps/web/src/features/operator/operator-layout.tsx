import type { ReactNode } from "react";
import { requestPath } from "~/server/access";
import { requireOperator } from "./guard";
import { OperatorNav } from "./operator-nav";

/** Every page of the operator console: checked once here, and drawn under the console's sections. */
export default async function OperatorLayout({ children }: { children: ReactNode }) {
  await requireOperator();
  return (
    <>
      <OperatorNav path={await requestPath()} />
      {children}
    </>
  );
}
