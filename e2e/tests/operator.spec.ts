import { gunzipSync } from "node:zlib";
import { expect, test } from "@playwright/test";
import { councilCli, expectNoAxeViolations, operatorCli, platformUrl, PORT, invitationLinkFromOutbox, signInThroughOutbox, siteUrl, uniqueEmail } from "./support";

const PLATFORM = platformUrl("").replace(/\/$/, "");

test("an operator onboards a council from the form, and its first admin accepts the invitation and signs in", async ({ page, browser }) => {
  const operator = uniqueEmail("operator");
  await operatorCli("add", operator);
  await signInThroughOutbox(page, PLATFORM, operator);
  await expect(page.getByTestId("roles")).toHaveText("Platform operator");

  await page.goto(platformUrl("/operator"));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Operator console");
  await expect(page.getByTestId("council-kingston")).toContainText("Active");
  await expectNoAxeViolations(page);
  await page.getByTestId("council-kingston").getByRole("link", { name: "Suspend kingston" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Suspend Royal Borough of Kingston upon Thames?");
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "No, go back to the councils" }).click();

  await page.getByRole("link", { name: "Onboard a council" }).click();
  // axe reads the page it is given: wait until the link's page is the one loaded.
  await expect(page).toHaveURL(platformUrl("/operator/councils/new"));
  await expect(page.getByLabel("Council's name")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("Council's name").fill("London Borough of Hounslow");
  await page.getByLabel("Slug").fill("hounslow");
  await page.getByLabel("Own domains (optional)").fill("hounslow.example.org");
  const admin = uniqueEmail("hounslow-admin");
  await page.getByLabel("First admin's email address").fill(admin);
  await page.getByRole("button", { name: "Onboard the council" }).click();
  const done = page.getByTestId("onboarded");
  await expect(done).toContainText("Registered London Borough of Hounslow (hounslow)");
  await expect(done).toContainText("Applied");
  await expect(done).toContainText(`Invited ${admin} to be the council's first admin`);
  await expect(page.getByTestId("onboarded-site").getByRole("link")).toHaveAttribute("href", `http://hounslow.example.org:${PORT}`);
  await expectNoAxeViolations(page);

  await page.goto(platformUrl("/operator"));
  await expect(page.getByTestId("council-hounslow")).toContainText("Active");
  await expect(page.getByTestId("council-hounslow")).toContainText("hounslow.example.org");
  await expect(page.getByTestId("council-hounslow")).toContainText(/\d{4}_/);

  // The invited admin, in a browser of their own.
  const adminContext = await browser.newContext();
  const adminPage = await adminContext.newPage();
  const invitation = await invitationLinkFromOutbox(adminPage, siteUrl("hounslow", "/dev/outbox"), admin);
  // On the council's own domain, not the operator's host.
  expect(invitation).toContain(`http://hounslow.example.org:${PORT}/invitations/accept?token=`);
  await adminPage.goto(invitation);
  await expectNoAxeViolations(adminPage);
  await adminPage.getByRole("button", { name: "Accept invitation" }).click();
  await expect(adminPage.getByRole("alert", { name: "Success" })).toContainText("Your invitation is accepted");
  await signInThroughOutbox(adminPage, siteUrl("hounslow", "").replace(/\/$/, ""), admin);
  await expect(adminPage.getByTestId("roles")).toHaveText("Council admin");

  // The link works once.
  await adminPage.goto(invitation);
  await adminPage.getByRole("button", { name: "Accept invitation" }).click();
  await expect(adminPage.getByRole("main")).toContainText("already been accepted");
  await adminContext.close();
});

test("the onboarding form refuses bad details beside each field, and councils are suspended and resumed, without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const operator = uniqueEmail("operator-nojs");
  await operatorCli("add", operator);
  await signInThroughOutbox(page, PLATFORM, operator);
  await page.goto(platformUrl("/operator/councils/new"));
  await page.getByLabel("Slug").fill("admin");
  await page.getByLabel("First admin's email address").fill("not an email");
  await page.getByRole("button", { name: "Onboard the council" }).click();
  // Every mistake at once, beside its field and in the summary, and the page's title says so.
  await expect(page).toHaveTitle("Error: Onboard a council – Local Government as a Platform");
  await expect(page.locator("#name-error")).toContainText("Enter the council's name");
  await expect(page.locator("#slug-error")).toContainText('"admin" is reserved for the platform');
  await expect(page.locator("#adminEmail-error")).toContainText("Enter the first admin's email address in the correct format");
  await expect(page.locator("[data-error-summary]").getByRole("listitem")).toHaveCount(3);
  await expect(page.getByLabel("Slug")).toHaveValue("admin");

  await councilCli("create", "--slug", "enfield", "--name", "London Borough of Enfield", "--host", "enfield.example.org");
  await page.goto(platformUrl("/operator"));
  // Suspending is confirmed on a page of its own that says what it will do, and the console then says what it did.
  await page.getByTestId("council-enfield").getByRole("link", { name: "Suspend enfield" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Suspend London Borough of Enfield?");
  await expect(page.getByTestId("suspend-effects").getByRole("listitem")).toHaveText([
    "its site shows a ‘service unavailable’ page at every address",
    "no one can sign in, and people already signed in cannot use the site",
    "emails and other jobs waiting to go out are held until it is resumed",
  ]);
  await page.getByRole("link", { name: "No, go back to the councils" }).click();
  await expect(page.getByTestId("council-enfield")).toContainText("Active");
  await page.getByTestId("council-enfield").getByRole("link", { name: "Suspend enfield" }).click();
  await page.getByRole("button", { name: "Yes, suspend London Borough of Enfield" }).click();
  await expect(page.getByRole("alert", { name: "Success" })).toContainText(
    "London Borough of Enfield is suspended. Its site shows a ‘service unavailable’ page, no one can sign in, and its emails and other jobs are held until you resume it.",
  );
  await expect(page.getByTestId("council-enfield")).toContainText("Suspended");
  expect((await page.goto(siteUrl("enfield")))?.status()).toBe(503);
  await page.goto(platformUrl("/operator"));
  await expect(page.getByRole("alert", { name: "Success" })).toHaveCount(0);
  await page.getByTestId("council-enfield").getByRole("button", { name: "Resume enfield" }).click();
  await expect(page.getByRole("alert", { name: "Success" })).toContainText("London Borough of Enfield is active again. Its site is open and people can sign in.");
  await expect(page.getByTestId("council-enfield")).toContainText("Active");
  expect((await page.goto(siteUrl("enfield")))?.status()).toBe(200);
  await context.close();
});

test("the operator console is not shown to anyone who is not an operator", async ({ page }) => {
  await page.goto(platformUrl("/operator"));
  await expect(page).toHaveURL(platformUrl("/sign-in?returnTo=%2Foperator"));
  const response = await page.goto(siteUrl("kingston", "/operator"));
  expect(response?.status()).toBe(404);
});

test("an operator archives a council from the console and downloads its export", async ({ page }) => {
  await councilCli("create", "--slug", "wandsworth", "--name", "London Borough of Wandsworth", "--host", "wandsworth.example.org");
  const operator = uniqueEmail("operator-archive");
  await operatorCli("add", operator);
  await signInThroughOutbox(page, PLATFORM, operator);
  await page.goto(platformUrl("/operator"));
  await page.getByTestId("council-wandsworth").getByRole("link", { name: "Archive wandsworth" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Archive London Borough of Wandsworth?");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Yes, archive London Borough of Wandsworth" }).click();
  await expect(page.getByRole("alert", { name: "Success" })).toContainText("The council was exported to wandsworth-");
  await expect(page.getByTestId("council-wandsworth")).toContainText("Archived");
  expect((await page.goto(siteUrl("wandsworth")))?.status()).toBe(404);

  await page.goto(platformUrl("/operator"));
  const href = (await page.getByRole("link", { name: /^wandsworth-.*\.json\.gz$/ }).getAttribute("href"))!;
  const download = await page.request.get(platformUrl(href));
  expect(download.status()).toBe(200);
  expect(download.headers()["content-type"]).toBe("application/gzip");
  const archive = JSON.parse(gunzipSync(await download.body()).toString("utf8"));
  expect(archive).toMatchObject({ format: "lgp-council-archive/1", council: { slug: "wandsworth", name: "London Borough of Wandsworth", hosts: ["wandsworth.example.org"] } });
  expect(archive.tables.map((t: { name: string }) => t.name)).toContain("categories");

  // Not for anyone else.
  const stranger = await page.context().browser()!.newContext();
  const refused = await stranger.request.get(platformUrl(href), { maxRedirects: 0 });
  expect(refused.status()).toBe(307);
  expect(refused.headers().location).toBe(`/sign-in?${new URLSearchParams({ returnTo: href })}`);
  await stranger.close();
});
