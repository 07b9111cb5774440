import { expect, test, type Page } from "@playwright/test";
import { loggedDuring } from "./server-log";
import { councilWithAdmin, expectNoAxeViolations, getByHost, operatorCli, platformUrl, PORT, signInLinkFromOutbox, signInThroughOutbox, siteUrl, uniqueEmail } from "./support";

const SLUG = "haringey";
const COUNCIL = "Council of haringey";
const PLATFORM = "Local Government as a Platform";

/** Signs in from the sign-in page `page` is on, by the link the site emails. */
async function signInHere(page: Page, outbox: string, email: string) {
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your email");
  await page.goto(await signInLinkFromOutbox(page, outbox, email));
}

test("the admin console: signed out, sent to sign in and back; a resident is told whom to ask; another council's people are strangers", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const { admin } = await councilWithAdmin(page, browser, SLUG);
  const outbox = siteUrl(SLUG, "/dev/outbox");

  // Signed out, a deep console page leads to sign in, and signing in leads back to it, query and all.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(siteUrl(SLUG, "/admin/audit?actor=nobody"));
  await expect(visitor).toHaveURL(siteUrl(SLUG, "/sign-in?returnTo=%2Fadmin%2Faudit%3Factor%3Dnobody"));
  await expect(visitor).toHaveTitle(`Sign in – ${COUNCIL}`);
  await signInHere(visitor, outbox, admin);
  await expect(visitor).toHaveURL(siteUrl(SLUG, "/admin/audit?actor=nobody"));
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("Audit log");

  // Signing in from the console's own door lands in the console, not on the account page.
  const again = await (await browser.newContext()).newPage();
  await again.goto(siteUrl(SLUG, "/admin"));
  await expect(again).toHaveURL(siteUrl(SLUG, "/sign-in?returnTo=%2Fadmin"));
  await signInHere(again, outbox, admin);
  await expect(again).toHaveURL(siteUrl(SLUG, "/admin"));
  await expect(again.getByRole("heading", { level: 1 })).toHaveText("Run your council's site");

  // A resident, signed in, is told the page is not for them (403) and whom to ask.
  const resident = await (await browser.newContext()).newPage();
  const residentEmail = uniqueEmail("haringey-resident");
  await signInThroughOutbox(resident, siteUrl(SLUG, "").replace(/\/$/, ""), residentEmail);
  for (const path of ["/admin", "/admin/branding", "/staff/people"]) {
    expect((await resident.goto(siteUrl(SLUG, path)))?.status(), path).toBe(403);
    await expect(resident.getByRole("heading", { level: 1 })).toHaveText("You cannot see this page");
  }
  await expect(resident.getByRole("main")).toContainText(`You are signed in as ${residentEmail}`);
  await expect(resident.getByRole("main")).toContainText(`ask one of ${COUNCIL}'s admins to give you access`);
  await expect(resident).toHaveTitle(`You cannot see this page – ${COUNCIL}`);
  await expectNoAxeViolations(resident);

  // The admin's session is Haringey's alone: on Kingston they are a stranger sent to sign in, and
  // Haringey's console reached by path through Kingston's address is not found.
  await page.goto(siteUrl("kingston", "/admin"));
  await expect(page).toHaveURL(siteUrl("kingston", "/sign-in?returnTo=%2Fadmin"));
  expect((await page.goto(siteUrl("kingston", `/site/${SLUG}/admin`)))?.status()).toBe(404);
  const session = (await page.context().cookies(siteUrl(SLUG))).find((c) => c.name.endsWith("lgp.session"))!;
  const replayed = await getByHost(PORT, "kingston.localhost", "/admin", { cookie: `${session.name}=${session.value}` });
  expect(replayed.status).toBe(307);
  expect(replayed.location).toBe("/sign-in?returnTo=%2Fadmin");
  expect(replayed.body).not.toContain(admin);
});

test("every console page has its own title, and the navigation marks where you are", async ({ page }) => {
  test.setTimeout(90_000);
  const operator = uniqueEmail("operator-titles");
  await operatorCli("add", operator);
  await page.goto(platformUrl("/operator/councils/new"));
  await expect(page).toHaveURL(platformUrl("/sign-in?returnTo=%2Foperator%2Fcouncils%2Fnew"));
  await signInHere(page, platformUrl("/dev/outbox"), operator);
  await expect(page).toHaveURL(platformUrl("/operator/councils/new"));
  await expect(page).toHaveTitle(`Onboard a council – ${PLATFORM}`);
  const nav = page.getByRole("navigation", { name: "Operator console sections" });
  await expect(nav.getByRole("link", { name: "Onboard a council" })).toHaveAttribute("aria-current", "page");
  await expect(nav.getByRole("link", { name: "Councils" })).not.toHaveAttribute("aria-current");

  await nav.getByRole("link", { name: "Councils" }).click();
  await expect(page).toHaveTitle(`Operator console – ${PLATFORM}`);
  await expect(nav.getByRole("link", { name: "Councils" })).toHaveAttribute("aria-current", "page");

  await page.goto(siteUrl("kingston", "/sign-in"));
  await expect(page).toHaveTitle("Sign in – Royal Borough of Kingston upon Thames");
  await page.goto(siteUrl("kingston", "/no-such-page"));
  await expect(page).toHaveTitle("Page not found – Royal Borough of Kingston upon Thames");
});

test("the admin console's pages are titled, and its navigation works without JavaScript", async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await councilWithAdmin(page, browser, "newham");
  await page.goto(siteUrl("newham", "/admin"));
  for (const [section, title] of [
    ["Branding and details", "Branding and details"],
    ["Email", "Email"],
    ["Staff", "Staff"],
    ["Audit log", "Audit log"],
  ]) {
    const link = page.getByRole("navigation", { name: "Admin sections" }).getByRole("link", { name: section, exact: true });
    await link.click();
    await expect(page).toHaveTitle(`${title} – Council of newham`);
    await expect(link).toHaveAttribute("aria-current", "page");
  }
  await page.goto(siteUrl("newham", "/admin"));
  await expect(page).toHaveTitle("Run your council's site – Council of newham");
  await page.goto(siteUrl("newham", "/account"));
  await expect(page).toHaveTitle("Your account – Council of newham");
  await context.close();
});

test("signing in never leads off the site, whatever the address asks", async ({ page }) => {
  for (const offSite of ["//evil.example/admin", "https://evil.example/admin", "/\\evil.example"]) {
    await page.context().clearCookies();
    await page.goto(siteUrl("kingston", `/sign-in?${new URLSearchParams({ returnTo: offSite })}`));
    await expect(page.locator('input[name="returnTo"]')).toHaveCount(0);
    await signInHere(page, siteUrl("kingston", "/dev/outbox"), uniqueEmail("offsite"));
    await expect(page, offSite).toHaveURL(siteUrl("kingston", "/account"));
  }
});

test("the onboarding form reports every mistake at once, focuses its summary and says so in the title", async ({ page }) => {
  const operator = uniqueEmail("operator-errors");
  await operatorCli("add", operator);
  await signInThroughOutbox(page, platformUrl("").replace(/\/$/, ""), operator);
  await page.goto(platformUrl("/operator/councils/new"));
  await page.getByLabel("Slug").fill("admin");
  await page.getByLabel("Own domains (optional)").fill("not-a-domain, hounslow.localhost");
  await page.getByLabel("First admin's email address").fill("not an email");
  await page.getByRole("button", { name: "Onboard the council" }).click();

  const summary = page.locator("[data-error-summary]");
  await expect(summary).toBeFocused();
  await expect(page).toHaveTitle(`Error: Onboard a council – ${PLATFORM}`);
  await expect(summary.getByRole("listitem")).toHaveCount(4);
  await expect(page.locator("#name-error")).toContainText("Enter the council's name");
  await expect(page.locator("#slug-error")).toContainText('"admin" is reserved for the platform');
  await expect(page.locator("#hosts-error")).toContainText('"not-a-domain" is not a domain name');
  await expect(page.locator("#hosts-error")).toContainText('"hounslow.localhost" is under the platform\'s own domain');
  await expect(page.locator("#adminEmail-error")).toContainText("Enter the first admin's email address in the correct format");
  await expect(summary.getByRole("link", { name: "Enter the council's name" })).toHaveAttribute("href", "#name");
  await expectNoAxeViolations(page);

  // Corrected, the summary goes and the title is the page's own again.
  await page.getByLabel("Council's name").fill("London Borough of Greenwich");
  await page.getByLabel("Slug").fill("greenwich");
  await page.getByLabel("Own domains (optional)").fill("");
  await page.getByLabel("First admin's email address").fill(uniqueEmail("greenwich-admin"));
  await page.getByRole("button", { name: "Onboard the council" }).click();
  await expect(page.getByTestId("onboarded")).toBeVisible();
  await expect(summary).toHaveCount(0);
  await expect(page).toHaveTitle(`Onboard a council – ${PLATFORM}`);
});

test("a page that fails shows the site's error page with a reference, and the server logs the error under it", async ({ page, browser }) => {
  await councilWithAdmin(page, browser, "hackney");
  let reference = "";
  const logged = await loggedDuring(async () => {
    // A null character cannot be stored or searched for: the audit page's query fails on the server.
    await page.goto(siteUrl("hackney", "/admin/audit?actor=%00"));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sorry, there is a problem with the service");
    reference = (await page.getByTestId("error-reference").innerText()).trim();
  });
  expect(reference).toMatch(/^\w+$/);
  expect(logged).toContain(`Unexpected error (reference ${reference})`);
  await expect(page).toHaveTitle("Sorry, there is a problem with the service – Council of hackney");
  await expect(page.getByRole("banner")).toContainText("Council of hackney");
  await expectNoAxeViolations(page);
});
