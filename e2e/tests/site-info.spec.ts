import { expect, test, type Page } from "@playwright/test";
import { councilCli, expectNoAxeViolations, platformUrl, signInLinkFromOutbox, siteUrl, uniqueEmail } from "./support";

const PAGES = [
  { link: "Accessibility statement", path: "/accessibility", heading: "Accessibility statement" },
  { link: "Privacy notice", path: "/privacy", heading: "Privacy notice" },
  { link: "Cookies", path: "/cookies", heading: "Cookies" },
  { link: "Contact", path: "/contact", heading: "Contact us" },
];

/** A file as the page's own origin serves it: Node's resolver, unlike Chromium's, knows no *.localhost. */
const fetchFromPage = (page: Page, href: string) =>
  page.evaluate(async (url) => {
    const response = await fetch(url);
    return { status: response.status, type: response.headers.get("content-type"), text: await response.text() };
  }, href);

const iconOf = async (page: Page) => fetchFromPage(page, (await page.locator('link[rel="icon"]').getAttribute("href"))!);

/** The footer leads to each page, which has its own title, passes axe and says it is in beta. */
async function expectSiteInfoPages(page: Page, url: (path: string) => string) {
  await page.goto(url("/"));
  const footer = page.getByRole("contentinfo");
  for (const { link, path } of PAGES) await expect(footer.getByRole("link", { name: link, exact: true })).toHaveAttribute("href", path);
  for (const { path, heading } of PAGES) {
    const response = await page.goto(url(path));
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
    await expect(page).toHaveTitle(new RegExp(`^${heading} – `));
    await expect(page.getByText("Beta", { exact: true })).toBeVisible();
    await expect(page.getByRole("link", { name: "give your feedback" })).toHaveAttribute("href", "/contact");
    await expectNoAxeViolations(page);
  }
}

test("a council's footer leads to its accessibility statement, privacy notice, cookies and contact pages", async ({ page }) => {
  await expectSiteInfoPages(page, (path) => siteUrl("richmond", path));
  await page.goto(siteUrl("richmond", "/privacy"));
  await expect(page.getByRole("main")).toContainText("London Borough of Richmond upon Thames is the data controller");
});

test("the platform's footer leads to its own accessibility statement, privacy notice, cookies and contact pages", async ({ page }) => {
  await expectSiteInfoPages(page, platformUrl);
  await page.goto(platformUrl("/accessibility"));
  await expect(page.getByRole("main")).toContainText("This website is run by Local Government as a Platform.");
  await expect(page.getByRole("main")).toContainText("This statement was prepared on 27 November 2026. It was last reviewed on 27 November 2026.");
});

test("a council's accessibility statement has the model statement's sections, and the EHRC's enforcement outside Northern Ireland", async ({ page }) => {
  await page.goto(siteUrl("sutton", "/accessibility"));
  const headings = page.getByRole("main").getByRole("heading");
  await expect(headings).toHaveText([
    "Accessibility statement",
    "Using this website",
    "How accessible this website is",
    "Reporting accessibility problems with this website",
    "Enforcement procedure",
    "Technical information about this website's accessibility",
    "Compliance status",
    "Non-accessible content",
    "Non-compliance with the accessibility regulations",
    "Preparation of this accessibility statement",
  ]);
  await expect(page.getByRole("main")).toContainText("This website is run by London Borough of Sutton.");
  await expect(page.getByRole("link", { name: "contact the Equality Advisory and Support Service (EASS)" })).toHaveAttribute("href", "https://www.equalityadvisoryservice.com/");
  // Its admin has not given a date yet: the statement says so rather than inventing one.
  await expect(page.getByRole("main")).toContainText("London Borough of Sutton has not yet given the date this statement was prepared.");
});

test("a council with no logo shows its name as text, never a broken image, and gets an icon of its initial", async ({ page }) => {
  await councilCli("create", "--slug", "lewisham", "--name", "London Borough of Lewisham", "--brand-colour", "#00594c");
  await page.goto(siteUrl("lewisham"));
  const banner = page.getByRole("banner");
  await expect(banner.getByRole("link", { name: "London Borough of Lewisham" })).toBeVisible();
  await expect(page.locator("img")).toHaveCount(0);
  await expectNoAxeViolations(page);

  await expect(page.locator('link[rel="icon"]')).toHaveAttribute("href", /^\/assets\/icon\?v=\d+$/);
  const icon = await iconOf(page);
  expect(icon).toMatchObject({ status: 200, type: "image/svg+xml" });
  expect(icon.text).toContain('fill="#00594c"');
  expect(icon.text).toContain(">L</text>");
});

test("each council's icon is its own logo, and every image on its pages loads", async ({ page }) => {
  for (const slug of ["kingston", "richmond"]) {
    await page.goto(siteUrl(slug));
    const images = await page.locator("img").evaluateAll((imgs) => imgs.map((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0));
    expect(images).toEqual([true]);
    const icon = await iconOf(page);
    expect(icon.text).toBe((await fetchFromPage(page, "/assets/logo")).text);
    expect(icon.text).toContain(slug === "kingston" ? "RBK" : "LBR");
  }
});

test("the cookies page names every cookie the site sets when someone signs in, and the outbox's links can be followed", async ({ page, context }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  const email = uniqueEmail("cookies");
  await page.goto(siteUrl("kingston", "/sign-in"));
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  // The request must finish before the outbox is opened, or leaving the page can cancel it.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your email");
  const link = await signInLinkFromOutbox(page, siteUrl("kingston", "/dev/outbox"), email);

  // The outbox shows the link as a link, and a long one wraps instead of widening the page.
  const message = page.getByTestId("outbox-message").filter({ has: page.getByTestId("outbox-to").getByText(email, { exact: true }) }).first();
  await expect(message.getByTestId("outbox-body").getByRole("link", { name: link })).toHaveAttribute("href", link);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await expectNoAxeViolations(page);
  await message.getByTestId("outbox-body").getByRole("link", { name: link }).click();
  await expect(page).toHaveURL(siteUrl("kingston", "/account"));

  const names = (await context.cookies(siteUrl("kingston"))).map((c) => c.name);
  expect(names.length).toBeGreaterThan(0);
  await page.goto(siteUrl("kingston", "/cookies"));
  const listed = await page.getByTestId("cookies").locator("tbody tr").evaluateAll((rows) => rows.map((row) => row.querySelector("code")?.textContent));
  for (const name of names) expect(listed).toContain(name);
});
