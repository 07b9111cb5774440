import type { ReactNode } from "react";
import { requestPath } from "~/server/access";
import { AdminNav } from "./admin-nav";
import { requireCouncilAdmin } from "./guard";

/** Every page of the admin console: checked once here, and drawn under the console's sections. */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  await requireCouncilAdmin();
  return (
    <>
      <AdminNav path={await requestPath()} />
      {children}
    </>
  );
}
