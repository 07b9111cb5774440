import { expect, test } from "@playwright/test";
import { request as httpRequest } from "node:http";
import { PORT, platformUrl, siteUrl } from "./support";

function post(path: string, headers: Record<string, string>): Promise<{ status: number; body: string }> {
  return new Promise((done, fail) => {
    const req = httpRequest(
      { host: "127.0.0.1", port: PORT, path, method: "POST", headers: { host: `kingston.localhost:${PORT}`, "content-type": "application/json", ...headers } },
      (res) => {
        let body = "";
        res.on("data", (c) => (body += c));
        res.on("end", () => done({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on("error", fail);
    req.end("{}");
  });
}

test("every page carries the security headers, with a CSP that allows no unsafe-inline script", async ({ page }) => {
  for (const url of [siteUrl("kingston"), platformUrl(), siteUrl("nowhere")]) {
    const response = await page.goto(url);
    const headers = response!.headers();
    const csp = headers["content-security-policy"] ?? "";
    expect(csp, url).toContain("frame-ancestors 'none'");
    const scriptSrc = csp.split(";").find((d) => d.trim().startsWith("script-src")) ?? "";
    expect(scriptSrc, url).toMatch(/'nonce-[A-Za-z0-9+/=]+'/);
    expect(scriptSrc, url).not.toContain("unsafe-inline");
    expect(headers["referrer-policy"], url).toBe("strict-origin-when-cross-origin");
    expect(headers["x-content-type-options"], url).toBe("nosniff");
    // Served over plain http in the tests, so no HSTS (browsers ignore it there anyway).
    expect(headers["strict-transport-security"], url).toBeUndefined();
  }
});

test("pages still run their scripts under the CSP (no violations reported)", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.goto(siteUrl("sutton"));
  await page.waitForLoadState("networkidle");
  expect(violations).toEqual([]);
  // Next.js's own inline scripts ran (they fill __next_f), so the nonce reached them.
  expect(await page.evaluate(() => Array.isArray((window as unknown as { __next_f?: unknown }).__next_f))).toBe(true);
});

test("a state-changing request from another site is refused with a message; from the same site it is not", async () => {
  const crossSite = await post("/api/trpc/site.home", { "sec-fetch-site": "cross-site", origin: "https://evil.example" });
  expect(crossSite.status).toBe(403);
  expect(crossSite.body).toContain("sent from another website");
  const foreignOrigin = await post("/api/trpc/site.home", { origin: "https://evil.example" });
  expect(foreignOrigin.status).toBe(403);
  const sameSite = await post("/api/trpc/site.home", { "sec-fetch-site": "same-origin", origin: `http://kingston.localhost:${PORT}` });
  expect(sameSite.status).not.toBe(403);
});
