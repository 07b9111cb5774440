import { execFile } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { request as httpRequest } from "node:http";
import { resolve } from "node:path";
import { promisify } from "node:util";
import AxeBuilder from "@axe-core/playwright";
import { connectPostgres, councilSchema, councilScope } from "@lgp/db";
import { expect, type Browser, type BrowserContext, type Page } from "@playwright/test";

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

async function cli(pkg: string, script: string, args: string[]) {
  const { stdout } = await run(process.execPath, ["--import", "tsx", script, ...args], {
    cwd: resolve(import.meta.dirname, `../../packages/${pkg}`),
    env: { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL },
  });
  return stdout;
}

/** `pnpm council …` against the end-to-end database, as an operator would run it (from @lgp/modules, which hands in the modules). */
export const councilCli = (...args: string[]) => cli("modules", "src/council-cli.ts", args);
/** `pnpm operator …` likewise. */
export const operatorCli = (...args: string[]) => cli("identity", "src/cli.ts", args);

/** Signs in through the site's own form and the link in its development outbox. */
export async function signInThroughOutbox(page: Page, origin: string, email: string) {
  await page.goto(`${origin}/sign-in`);
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your email");
  await page.goto(await signInLinkFromOutbox(page, `${origin}/dev/outbox`, email));
  await expect(page).toHaveURL(`${origin}/account`);
}

/**
 * Signs `email` in on `slug`'s site by writing a session to the council's own tables, as the emailed
 * link would leave it, for specs whose subject is not signing in. Every sign-in through the form counts
 * against the per-client limit (20 links per council in 15 minutes, and here every test is one client),
 * which the sign-in and forged-request specs test; the rest would otherwise run into it.
 */
export async function signInDirectly(page: Page, slug: string, email: string) {
  const token = randomBytes(32).toString("base64url");
  const database = await connectPostgres(process.env.E2E_DATABASE_URL!);
  try {
    await councilScope(database, slug).run(async (tx) => {
      const { people, sessions } = councilSchema;
      const [person] = await tx
        .insert(people)
        .values({ email: email.toLowerCase(), emailVerified: new Date() })
        .onConflictDoUpdate({ target: people.email, set: { emailVerified: new Date() } })
        .returning({ id: people.id });
      await tx.insert(sessions).values({ tokenHash: createHash("sha256").update(token).digest("hex"), personId: person!.id, expires: new Date(Date.now() + 86_400_000) });
    });
  } finally {
    await database.close();
  }
  // As the built app sets it: Secure, so with the __Host- prefix, kept to the council's own host.
  await page.context().addCookies([{ name: "__Host-lgp.session", value: token, domain: `${slug}.localhost`, path: "/", secure: true, httpOnly: true, sameSite: "Lax" }]);
}

/**
 * A request to 127.0.0.1 with the Host header set: how to reach a council from Node, whose resolver
 * (unlike Chromium's) knows no *.localhost.
 */
export function getByHost(
  port: number,
  host: string,
  path = "/",
  headers: Record<string, string> = {},
): Promise<{ status: number; body: string; location?: string }> {
  return new Promise((done, fail) => {
    const req = httpRequest({ host: "127.0.0.1", port, path, headers: { host: `${host}:${port}`, ...headers } }, (res) => {
      let body = "";
      res.on("data", (chunk) => (body += chunk));
      res.on("end", () => done({ status: res.statusCode ?? 0, body, location: res.headers.location }));
    });
    req.on("error", fail);
    req.end();
  });
}

/** What each kind of emailed link starts with, after the site's address. */
const LINK_PATHS = { "sign-in": "/api/auth/callback/email?", invitation: "/invitations/accept?" } as const;

/**
 * The newest link of one kind emailed to `email`, from the site's development outbox. Email goes
 * through the job queue, so the page is read again until such a message has arrived: an older email of
 * another kind to the same person (an invitation before the sign-in link) is never taken for it.
 */
async function linkFromOutbox(page: Page, outboxUrl: string, email: string, kind: keyof typeof LINK_PATHS): Promise<string> {
  const message = page
    .getByTestId("outbox-message")
    .filter({ has: page.getByTestId("outbox-to").getByText(email, { exact: true }) })
    .filter({ hasText: LINK_PATHS[kind] })
    .first();
  await expect(async () => {
    await page.goto(outboxUrl);
    await expect(message).toBeVisible({ timeout: 500 });
  }).toPass({ timeout: 15_000 });
  const body = await message.getByTestId("outbox-body").innerText();
  const link = body.match(/https?:\/\/\S+/g)?.find((url) => new URL(url).pathname + "?" === LINK_PATHS[kind]);
  expect(link, `a ${kind} link in the email to ${email}`).toBeTruthy();
  return link!;
}

export const signInLinkFromOutbox = (page: Page, outboxUrl: string, email: string) => linkFromOutbox(page, outboxUrl, email, "sign-in");
export const invitationLinkFromOutbox = (page: Page, outboxUrl: string, email: string) => linkFromOutbox(page, outboxUrl, email, "invitation");

export const uniqueEmail = (who: string) => `${who}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`;

type SignedIn = Awaited<ReturnType<BrowserContext["storageState"]>>;
let operatorSession: Promise<SignedIn> | undefined;

/**
 * A browser context signed in as a platform operator, added with `pnpm operator add` and signed in
 * through the outbox once per test worker: the councils a worker's tests need are onboarded by one
 * operator, as they would be, rather than each by an operator made and signed in for it.
 */
async function operatorContext(browser: Browser): Promise<BrowserContext> {
  operatorSession ??= (async () => {
    const operator = uniqueEmail("operator");
    await operatorCli("add", operator);
    const context = await browser.newContext();
    try {
      await signInThroughOutbox(await context.newPage(), platformUrl("").replace(/\/$/, ""), operator);
      return await context.storageState();
    } finally {
      await context.close();
    }
  })().catch((error: unknown) => {
    operatorSession = undefined;
    throw error;
  });
  return browser.newContext({ storageState: await operatorSession });
}

/**
 * A fresh council, onboarded through the operator console, with its first admin signed in on `page`:
 * tests that change a council's settings get one of their own.
 */
export async function councilWithAdmin(page: Page, browser: Browser, slug: string) {
  const ops = await operatorContext(browser);
  const opsPage = await ops.newPage();
  await opsPage.goto(platformUrl("/operator/councils/new"));
  const name = `Council of ${slug}`;
  await opsPage.getByLabel("Council's name").fill(name);
  await opsPage.getByLabel("Slug").fill(slug);
  const admin = uniqueEmail(`${slug}-admin`);
  await opsPage.getByLabel("First admin's email address").fill(admin);
  await opsPage.getByRole("button", { name: "Onboard the council" }).click();
  await expect(opsPage.getByTestId("onboarded")).toBeVisible();
  await ops.close();
  await page.goto(await invitationLinkFromOutbox(page, siteUrl(slug, "/dev/outbox"), admin));
  await page.getByRole("button", { name: "Accept invitation" }).click();
  await expect(page.getByRole("alert", { name: "Success" })).toContainText("Your invitation is accepted");
  await signInThroughOutbox(page, siteUrl(slug, "").replace(/\/$/, ""), admin);
  return { name, admin };
}
