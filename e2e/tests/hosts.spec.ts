import { expect, test } from "@playwright/test";
import { councilCli, expectNoAxeViolations, getByHost, platformUrl, PORT, siteUrl } from "./support";

test("a council's own domain shows that council", async ({ page }) => {
  const response = await page.goto(`http://richmond.council.example:${PORT}/`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("banner")).toContainText("London Borough of Richmond upon Thames");
});

test("a host where no council lives gets a 404 page that says so, and passes axe", async ({ page }) => {
  for (const url of [siteUrl("nowhere"), `http://unknown.council.example:${PORT}/some/page`]) {
    const response = await page.goto(url);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("No council lives at this address");
  }
  await expectNoAxeViolations(page);
});

test("a reserved subdomain is never a council", async ({ page }) => {
  const response = await page.goto(siteUrl("admin"));
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("No council lives at this address");
});

test("a path naming another council on Kingston's host reaches nothing of that council", async ({ page }) => {
  for (const path of ["/site/richmond", "/site/richmond/accessibility", "/unavailable/richmond", "/platform"]) {
    const response = await page.goto(siteUrl("kingston", path));
    expect(response?.status(), path).toBe(404);
    expect(await page.locator("body").innerText()).not.toContain("Richmond");
  }
  const api = await page.goto(siteUrl("kingston", "/site/richmond/api/trpc/site.home"));
  expect(api?.status()).toBe(404);
  expect(await api?.text()).not.toContain("Richmond");
});

// The browser fetches these: Node's resolver, which Playwright's request API uses, knows no *.localhost.
test("the tRPC endpoint answers for the host's council only", async ({ page }) => {
  const kingston = await (await page.goto(siteUrl("kingston", "/api/trpc/site.home")))!.json();
  expect(kingston.result.data.council.slug).toBe("kingston");
  expect(JSON.stringify(kingston)).not.toContain("Richmond");
  expect((await page.goto(platformUrl("/api/trpc/site.home")))?.status()).toBe(404);
  expect((await page.goto(siteUrl("kingston", "/api/trpc/platform.councils")))?.status()).toBe(404);
});

test("the platform host shows the platform's page listing the councils, and passes axe", async ({ page }) => {
  await page.goto(platformUrl());
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Local Government as a Platform");
  await expect(page.getByRole("link", { name: "London Borough of Sutton" })).toHaveAttribute("href", `http://sutton.council.example:${PORT}/`); // its own domain
  await expectNoAxeViolations(page);
});

test("a council created with the CLI opens at once, and a suspended one answers service unavailable", async ({ page }) => {
  await councilCli("create", "--slug", "bromley", "--name", "London Borough of Bromley", "--host", "bromley.example.org");
  expect((await page.goto(siteUrl("bromley")))?.status()).toBe(200);
  await expect(page.getByRole("banner")).toContainText("London Borough of Bromley");

  await councilCli("suspend", "bromley");
  for (const url of [siteUrl("bromley"), `http://bromley.example.org:${PORT}/accessibility`]) {
    const response = await page.goto(url);
    expect(response?.status()).toBe(503);
    expect(response?.headers()["retry-after"]).toBe("3600");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sorry, this service is unavailable");
    await expect(page.getByRole("main")).toContainText("London Borough of Bromley");
  }
  await expectNoAxeViolations(page);

  await councilCli("resume", "bromley");
  expect((await page.goto(siteUrl("bromley")))?.status()).toBe(200);
});

test("each council's logo comes from its own schema", async ({ page }) => {
  const kingston = await (await page.goto(siteUrl("kingston", "/assets/logo")))!.text();
  const richmond = await (await page.goto(siteUrl("richmond", "/assets/logo")))!.text();
  expect(kingston).toContain(">RBK<");
  expect(richmond).toContain(">LBR<");
  expect(kingston).not.toContain(">LBR<");
});

test("many concurrent requests to two councils each get only their own council's data", async () => {
  const responses = await Promise.all(
    Array.from({ length: 120 }, async (_, i) => {
      const slug = i % 2 === 0 ? "kingston" : "richmond";
      return { slug, ...(await getByHost(PORT, `${slug}.localhost`, "/api/trpc/site.home")) };
    }),
  );
  for (const { slug, status, body } of responses) {
    expect(status).toBe(200);
    const data = JSON.parse(body).result.data;
    expect(data.council.slug).toBe(slug);
    expect(body).not.toContain(slug === "kingston" ? "Richmond" : "Kingston");
  }
});
