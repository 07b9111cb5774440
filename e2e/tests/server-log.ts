import { readFileSync } from "node:fs";

/** The web server's output so far (playwright.config.ts tees it to E2E_SERVER_LOG). */
export function serverLog(): string {
  return readFileSync(process.env.E2E_SERVER_LOG!, "utf8");
}

/** What the server logs while `work` runs; the log is shared by parallel tests, so assert on what is specific to yours. */
export async function loggedDuring(work: () => Promise<unknown>): Promise<string> {
  const before = serverLog().length;
  await work();
  await new Promise((r) => setTimeout(r, 300)); // let the server's output reach the file
  return serverLog().slice(before);
}
