import { execFile } from "node:child_process";
import { request as httpRequest } from "node:http";
import { resolve } from "node:path";
import { promisify } from "node:util";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

export const PORT = 3100;
export const siteUrl = (slug: string, path = "/") => `http://${slug}.localhost:${PORT}${path}`;
export const platformUrl = (path = "/") => `http://localhost:${PORT}${path}`;

export const DEMO = [
  { slug: "kingston", name: "Royal Borough of Kingston upon Thames", brand: "rgb(11, 59, 110)", category: "Befriending" },
  { slug: "richmond", name: "London Borough of Richmond upon Thames", brand: "rgb(0, 89, 76)", category: "Day centres" },
  { slug: "sutton", name: "London Borough of Sutton", brand: "rgb(107, 29, 92)", category: "Home adaptations" },
] as const;

/** axe with the WCAG 2.2 AA rule sets; any violation fails the test with axe's own description. */
export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  expect(summary).toEqual([]);
}

const run = promisify(execFile);

/** `pnpm council …` against the end-to-end database, as an operator would run it. */
export async function councilCli(...args: string[]) {
  const { stdout } = await run(process.execPath, ["--import", "tsx", "src/cli.ts", ...args], {
    cwd: resolve(import.meta.dirname, "../../packages/councils"),
    env: { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL },
  });
  return stdout;
}

/**
 * A request to 127.0.0.1 with the Host header set: how to reach a council from Node, whose resolver
 * (unlike Chromium's) knows no *.localhost.
 */
export function getByHost(port: number, host: string, path = "/"): Promise<{ status: number; body: string }> {
  return new Promise((done, fail) => {
    const req = httpRequest({ host: "127.0.0.1", port, path, headers: { host: `${host}:${port}` } }, (res) => {
      let body = "";
      res.on("data", (chunk) => (body += chunk));
      res.on("end", () => done({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", fail);
    req.end();
  });
}
