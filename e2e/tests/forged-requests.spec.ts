import { request as httpRequest } from "node:http";
import { expect, test, type Page } from "@playwright/test";
import { councilCli, getByHost, operatorCli, platformUrl, PORT, signInLinkFromOutbox, signInThroughOutbox, siteUrl, uniqueEmail } from "./support";

/** What a proxy, or an attacker pretending to be one, might add to a request. */
const FORGED = {
  "X-Forwarded-Host": "attacker.example",
  "X-Forwarded-Proto": "https",
  Forwarded: "for=203.0.113.9;host=attacker.example;proto=https",
  "X-Forwarded-For": "203.0.113.9",
};

async function askForLink(page: Page, origin: string, email: string) {
  await page.goto(`${origin}/sign-in`);
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
}

async function outboxCount(page: Page, outbox: string, email: string): Promise<number> {
  await page.goto(outbox);
  return page.getByTestId("outbox-message").filter({ has: page.getByTestId("outbox-to").getByText(email, { exact: true }) }).count();
}

/** The outbox's count for `email` once the job queue has had time to send everything queued. */
async function settledOutboxCount(page: Page, outbox: string, email: string, expected: number): Promise<number> {
  await expect.poll(() => outboxCount(page, outbox, email), { timeout: 15_000 }).toBeGreaterThanOrEqual(expected);
  await page.waitForTimeout(2_000);
  return outboxCount(page, outbox, email);
}

function raw(method: string, host: string, path: string, headers: Record<string, string | number>, body?: string) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((done, fail) => {
    const req = httpRequest({ host: "127.0.0.1", port: PORT, path, method, headers: { host, ...headers } }, (res) => {
      let text = "";
      res.on("data", (c) => (text += c));
      res.on("end", () => done({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
    });
    req.on("error", fail);
    req.end(body);
  });
}

test("sign-in links are built from the site's registered address, whatever forwarded headers claim", async ({ browser }) => {
  const context = await browser.newContext({ extraHTTPHeaders: FORGED });
  const page = await context.newPage();
  const resident = uniqueEmail("forged-host");
  await askForLink(page, siteUrl("kingston", ""), resident);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your email");
  expect(await signInLinkFromOutbox(page, siteUrl("kingston", "/dev/outbox"), resident)).toMatch(new RegExp(`^http://kingston\\.localhost:${PORT}/api/auth/callback/email\\?`));

  // A platform operator's link likewise.
  const operator = uniqueEmail("forged-operator");
  await operatorCli("add", operator);
  await askForLink(page, platformUrl("").replace(/\/$/, ""), operator);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your email");
  expect(await signInLinkFromOutbox(page, platformUrl("/dev/outbox"), operator)).toMatch(new RegExp(`^http://localhost:${PORT}/api/auth/callback/email\\?`));
  await context.close();
});

test("next-auth's own addresses (callbacks, staff sign-in's redirect_uri) ignore forwarded headers and host casing", async () => {
  const providers = await getByHost(PORT, "KINGSTON.LOCALHOST.", "/api/auth/providers", FORGED);
  expect(providers.status).toBe(200);
  const urls = Object.values(JSON.parse(providers.body) as Record<string, { signinUrl: string; callbackUrl: string }>).flatMap((p) => [p.signinUrl, p.callbackUrl]);
  expect(urls.length).toBeGreaterThan(0);
  for (const url of urls) expect(url).toMatch(new RegExp(`^http://kingston\\.localhost:${PORT}/api/auth/`));
});

test("the client's address is the socket's: a forged X-Forwarded-For does not escape the per-client limit", async ({ page }) => {
  test.setTimeout(120_000);
  await councilCli("create", "--slug", "havering", "--name", "London Borough of Havering");
  for (let i = 0; i < 20; i++) {
    await page.setExtraHTTPHeaders({ "X-Forwarded-For": `198.51.100.${i}`, "X-Real-IP": `198.51.100.${i}` });
    await askForLink(page, siteUrl("havering", ""), uniqueEmail(`client-${i}`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your email");
  }
  await page.setExtraHTTPHeaders({ "X-Forwarded-For": "198.51.100.99" });
  await askForLink(page, siteUrl("havering", ""), uniqueEmail("client-21"));
  await expect(page.locator("#email-error")).toContainText("You have asked for too many sign-in links");
});

test("next-auth's own sign-in endpoint is held to the same limits as the form", async ({ page }) => {
  const email = uniqueEmail("endpoint");
  for (let i = 0; i < 5; i++) {
    await askForLink(page, siteUrl("richmond", ""), email);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your email");
  }
  // Straight to the endpoint, as a script on the page could, with the CSRF token it asks for.
  const status = await page.evaluate(async (address) => {
    const { csrfToken } = (await (await fetch("/api/auth/csrf")).json()) as { csrfToken: string };
    const body = new URLSearchParams({ email: address, csrfToken, callbackUrl: "/account" });
    return (await fetch("/api/auth/signin/email", { method: "POST", body, redirect: "manual" })).type;
  }, email);
  expect(status).toBe("opaqueredirect");
  expect(await settledOutboxCount(page, siteUrl("richmond", "/dev/outbox"), email, 5)).toBe(5);
});

test("the session endpoint says who is signed in and never returns the session token", async ({ page }) => {
  const email = uniqueEmail("session");
  await signInThroughOutbox(page, siteUrl("sutton", "").replace(/\/$/, ""), email);
  const cookie = (await page.context().cookies()).find((c) => c.name.endsWith("lgp.session"));
  expect(cookie?.value.length).toBeGreaterThan(10);
  const text = await page.evaluate(async () => (await fetch("/api/auth/session")).text());
  expect(JSON.parse(text)).toMatchObject({ person: { email, roles: ["resident"] } });
  expect(text).not.toContain(cookie!.value);
  expect(text).not.toContain("sessionToken");
});

test("the logo is served under its own sandboxed policy; no response names an internal path", async () => {
  const logo = await getByHost(PORT, "kingston.localhost", "/assets/logo");
  expect(logo.status).toBe(200);
  const logoHeaders = await raw("GET", `kingston.localhost:${PORT}`, "/assets/logo", {});
  expect(logoHeaders.headers["content-security-policy"]).toBe("default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; sandbox");
  for (const headers of [{}, { RSC: "1" }] as Record<string, string>[]) {
    for (const path of ["/", "/help", "/assets/logo", "/no-such-page"]) {
      const res = await raw("GET", `kingston.localhost:${PORT}`, path, headers);
      const named = Object.entries(res.headers).filter(([, v]) => String(v).includes("/site/kingston"));
      expect(named, `${path} ${JSON.stringify(headers)}`).toEqual([]);
    }
  }
});

test("a body over the limit is refused with 413 and a message, one of unstated length with 411", async () => {
  const host = `kingston.localhost:${PORT}`;
  const huge = await raw("POST", host, "/sign-in", { "content-type": "multipart/form-data; boundary=x", "next-action": "0".repeat(40), "content-length": 5 * 1024 * 1024, origin: `http://${host}` });
  expect(huge.status).toBe(413);
  expect(huge.body).toContain("larger than 1 MB");
  const chunked = await raw("POST", host, "/api/trpc/site.home", { "content-type": "application/json", "transfer-encoding": "chunked", origin: `http://${host}` }, "{}");
  expect(chunked.status).toBe(411);
});

test("a client claiming https gets neither HSTS nor https links: the scheme is configuration", async () => {
  const res = await raw("GET", `kingston.localhost:${PORT}`, "/", { "x-forwarded-proto": "https" });
  expect(res.headers["strict-transport-security"]).toBeUndefined();
  expect(String(res.headers["content-security-policy"])).not.toContain("upgrade-insecure-requests");
});
