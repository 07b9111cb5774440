import { generateKeyPairSync } from "node:crypto";
import { loggedDuring } from "./server-log";
import { expect, test } from "@playwright/test";
import { councilWithAdmin, expectNoAxeViolations, signInLinkFromOutbox, signInThroughOutbox, siteUrl, uniqueEmail } from "./support";

test("a council admin rebrands the site, and residents see it at once; an unreadable colour is refused", async ({ page, browser }) => {
  await councilWithAdmin(page, browser, "ealing");
  await page.getByRole("link", { name: "Admin" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Run your council's site");
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Email" }).click();
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Branding and details" }).click();
  await expectNoAxeViolations(page);

  await page.getByLabel("Brand colour (header background)").fill("#aaaaaa");
  await page.getByRole("button", { name: "Save branding and details" }).click();
  await expect(page.locator("#brandColour-error")).toContainText("contrast ratio of 2.32:1 with its text colour #ffffff; WCAG 2.2 AA needs at least 4.5:1");
  await expect(page.locator("[data-error-summary]")).toContainText("2.32:1");
  await expectNoAxeViolations(page);

  await page.getByLabel("Council's name").fill("London Borough of Ealing");
  await page.getByLabel("Brand colour (header background)").fill("#5a2d82");
  await page.getByLabel("Contact phone number").fill("020 8825 5000");
  await page.getByLabel("Date the statement was prepared").fill("2026-11-26");
  await page.getByLabel("Name emails come from").fill("Ealing Council Services");
  await page.getByRole("button", { name: "Save branding and details" }).click();
  await expect(page.getByRole("status")).toContainText("Your changes are saved.");

  const resident = await (await browser.newContext()).newPage();
  await resident.goto(siteUrl("ealing"));
  await expect(resident.getByRole("banner")).toContainText("London Borough of Ealing");
  expect(await resident.getByRole("banner").evaluate((el) => getComputedStyle(el).backgroundColor)).toBe("rgb(90, 45, 130)");
  await resident.goto(siteUrl("ealing", "/accessibility"));
  await expect(resident.getByTestId("accessibility-contact")).toContainText("020 8825 5000");
  await expect(resident.getByRole("main")).toContainText("This statement was prepared on 26 November 2026.");
  await expectNoAxeViolations(resident);

  // Sign-in emails come from the sender the admin named, like every other email the council sends.
  const email = uniqueEmail("ealing-resident");
  await resident.goto(siteUrl("ealing", "/sign-in"));
  await resident.getByLabel("Email address").fill(email);
  await resident.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(resident.getByRole("heading", { level: 1 })).toHaveText("Check your email");
  await signInLinkFromOutbox(resident, siteUrl("ealing", "/dev/outbox"), email);
  const message = resident.getByTestId("outbox-message").filter({ has: resident.getByTestId("outbox-to").getByText(email, { exact: true }) });
  await expect(message.getByRole("heading", { level: 2 })).toHaveText("Sign in to Ealing Council Services");
});

test("a council admin uploads a logo; a file that is not an image is refused beside the field", async ({ page, browser }) => {
  await councilWithAdmin(page, browser, "brent");
  await page.goto(siteUrl("brent", "/admin/branding"));
  await page.getByLabel("Upload a new logo").setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: Buffer.from("not really a png") });
  await page.getByRole("button", { name: "Upload logo" }).click();
  await expect(page.locator("#logo-error")).toContainText("The logo must be a PNG, JPEG or SVG image.");
  const svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle cx="5" cy="5" r="4" fill="#fff"/></svg>';
  await page.getByLabel("Upload a new logo").setInputFiles({ name: "logo.svg", mimeType: "image/svg+xml", buffer: Buffer.from(svg) });
  await page.getByRole("button", { name: "Upload logo" }).click();
  await expect(page.getByRole("status")).toContainText("Your changes are saved.");
  const logo = await page.goto(siteUrl("brent", "/assets/logo"));
  expect(logo?.headers()["content-type"]).toBe("image/svg+xml");
  expect(await logo?.text()).toContain("<circle");
});

test("switching the match module off makes its pages answer 404; on again, they return", async ({ page, browser }) => {
  await councilWithAdmin(page, browser, "harrow");
  expect((await page.goto(siteUrl("harrow", "/help")))?.status()).toBe(200);
  await page.goto(siteUrl("harrow", "/admin/modules"));
  await expectNoAxeViolations(page);
  await page.getByLabel("Match").uncheck();
  await page.getByRole("button", { name: "Save modules" }).click();
  await expect(page.getByRole("status")).toContainText("Your changes are saved.");
  const logged = await loggedDuring(async () => {
    expect((await page.goto(siteUrl("harrow", "/help")))?.status()).toBe(404);
    expect((await page.goto(siteUrl("harrow", "/api/trpc/site.help")))?.status()).toBe(404);
  });
  // An expected 404 is not a fault: at most a line each in the server's log, never a stack trace.
  const lines = logged.split("\n");
  const mentions = lines.flatMap((line, i) => (line.includes("does not offer this service") ? [lines[i + 1] ?? ""] : []));
  expect(mentions.length).toBeLessThanOrEqual(2);
  for (const next of mentions) expect(next).not.toMatch(/^\S*\s+at /);
  await page.goto(siteUrl("harrow", "/admin/modules"));
  await page.getByLabel("Match").check();
  await page.getByRole("button", { name: "Save modules" }).click();
  await expect(page.getByRole("status")).toBeVisible();
  expect((await page.goto(siteUrl("harrow", "/help")))?.status()).toBe(200);
});

test("staff are invited and their roles changed, and every change is in the audit log", async ({ page, browser }) => {
  const { admin } = await councilWithAdmin(page, browser, "barnet");
  await page.goto(siteUrl("barnet", "/admin/staff"));
  await expectNoAxeViolations(page);
  const worker = uniqueEmail("caseworker");
  await page.getByLabel("Their email address").fill(worker);
  await page.getByRole("radio", { name: "Council staff (caseworker)" }).check();
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByRole("status")).toContainText("Your changes are saved.");

  const workerPage = await (await browser.newContext()).newPage();
  await workerPage.goto(await signInLinkFromOutbox(workerPage, siteUrl("barnet", "/dev/outbox"), worker));
  await workerPage.getByRole("button", { name: "Accept invitation" }).click();
  await expect(workerPage.getByRole("status")).toBeVisible();
  await signInThroughOutbox(workerPage, siteUrl("barnet", "").replace(/\/$/, ""), worker);
  await expect(workerPage.getByTestId("roles")).toHaveText("Council staff (caseworker)");
  // Staff who are not admins cannot open the console, but can look up the people the council serves.
  expect((await workerPage.goto(siteUrl("barnet", "/admin")))?.status()).toBe(404);
  await workerPage.goto(siteUrl("barnet", "/staff/people"));
  await expectNoAxeViolations(workerPage);
  await workerPage.getByLabel("Their email address").fill(admin);
  await workerPage.getByRole("button", { name: "Look up" }).click();
  await expect(workerPage.getByTestId("person-record")).toContainText("Council admin");

  await page.goto(siteUrl("barnet", "/admin/staff"));
  const member = page.getByRole("region", { name: worker });
  await member.getByLabel("Safeguarding lead").check();
  await member.getByRole("button", { name: `Save roles for ${worker}` }).click();
  await expect(page.getByRole("status")).toContainText("Your changes are saved.");

  await page.goto(siteUrl("barnet", "/admin/audit"));
  await expectNoAxeViolations(page);
  const log = page.getByTestId("audit-log");
  await expect(log).toContainText("staff.invited");
  await expect(log).toContainText("staff.roles_changed");
  await expect(log).toContainText("invitation.accepted");
  await expect(log.locator("tr", { hasText: "person.viewed" })).toContainText(worker);
  await page.getByLabel("What").fill("staff.invited");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(log.locator("tbody tr")).toHaveCount(2); // the operator's invitation of the admin, and the admin's of the caseworker
  await expect(log).toContainText(admin);
});

test("the admin console is not there for residents, nor for another council's admin", async ({ page, browser }) => {
  await councilWithAdmin(page, browser, "bexley");
  // Signed in on Bexley: Kingston's console sends them to sign in there, as a stranger.
  await page.goto(siteUrl("kingston", "/admin"));
  await expect(page).toHaveURL(siteUrl("kingston", "/sign-in"));
  // A resident of Bexley, signed in, finds no console there.
  const resident = await (await browser.newContext()).newPage();
  await signInThroughOutbox(resident, siteUrl("bexley", "").replace(/\/$/, ""), uniqueEmail("bexley-resident"));
  await expect(resident.getByTestId("roles")).toHaveText("Resident");
  expect((await resident.goto(siteUrl("bexley", "/admin")))?.status()).toBe(404);
  expect((await resident.goto(siteUrl("bexley", "/admin/audit")))?.status()).toBe(404);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the branding form saves and shows errors beside fields", async ({ page, browser }) => {
    await councilWithAdmin(page, browser, "hillingdon");
    await page.goto(siteUrl("hillingdon", "/admin/branding"));
    await page.getByLabel("Link colour").fill("#ffff00");
    await page.getByRole("button", { name: "Save branding and details" }).click();
    await expect(page.locator("#linkColour-error")).toContainText("with the page background #ffffff");
    await page.getByLabel("Link colour").fill("#0b0c0c");
    await page.getByRole("button", { name: "Save branding and details" }).click();
    await expect(page.getByRole("status")).toContainText("Your changes are saved.");

    await page.goto(siteUrl("hillingdon", "/admin/email"));
    await page.getByRole("radio", { name: "SMTP server" }).check();
    await page.getByRole("button", { name: "Save email settings" }).click();
    await expect(page.locator("#host-error")).toContainText("Enter the SMTP server's host name");
    await expect(page.getByRole("radio", { name: "SMTP server" })).toBeChecked();
    await page.getByRole("radio", { name: "GOV.UK Notify" }).check();
    await page.getByLabel("Sign-in email template ID").fill("f33517ff-2a88-4f6e-b855-c550268ce08a");
    await page.getByLabel("Invitation email template ID").fill("0f3b6b6c-2f43-4e1e-9a0b-0f5d3e7e1b11");
    await page.getByRole("button", { name: "Save email settings" }).click();
    await expect(page.locator("[data-error-summary]")).toContainText("Enter the GOV.UK Notify API key");

    await page.goto(siteUrl("hillingdon", "/admin/modules"));
    await page.getByLabel("Booking").uncheck();
    await page.getByRole("button", { name: "Save modules" }).click();
    await expect(page.getByRole("status")).toContainText("Your changes are saved.");
    await expect(page.getByLabel("Booking")).not.toBeChecked();
    await expect(page.getByLabel("Match")).toBeChecked();

    await page.goto(siteUrl("hillingdon", "/admin/staff"));
    await page.getByLabel("Their email address").fill("not an email");
    await page.getByRole("button", { name: "Send invitation" }).click();
    await expect(page.locator("#email-error")).toContainText("Enter an email address in the correct format");
    await page.getByLabel("Their email address").fill(uniqueEmail("nojs-staff"));
    await page.getByRole("button", { name: "Send invitation" }).click();
    await expect(page.getByRole("status")).toContainText("Your changes are saved.");
  });
});

test("GOV.UK One Login is off by default; an admin switches it on with the council's key", async ({ page, browser }) => {
  await page.goto(siteUrl("kingston", "/sign-in"));
  await expect(page.getByRole("link", { name: "Sign in with GOV.UK One Login" })).toHaveCount(0);

  await councilWithAdmin(page, browser, "lambeth");
  await page.goto(siteUrl("lambeth", "/admin/sign-in"));
  await page.getByLabel("Turn on GOV.UK One Login").check();
  await page.getByLabel("Client id").fill("lambeth-one-login");
  await page.getByLabel("Private key").fill("not a key");
  await page.getByRole("button", { name: "Save GOV.UK One Login" }).click();
  await expect(page.locator("#privateKey-error")).toContainText("PEM format");
  const { privateKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
  await page.getByLabel("Private key").fill(privateKey.export({ format: "pem", type: "pkcs8" }).toString());
  await page.getByRole("button", { name: "Save GOV.UK One Login" }).click();
  await expect(page.getByRole("status")).toContainText("Your changes are saved.");
  await expect(page.getByLabel("Private key")).toHaveValue("");
  await expectNoAxeViolations(page);

  const resident = await (await browser.newContext()).newPage();
  await resident.goto(siteUrl("lambeth", "/sign-in"));
  await expect(resident.getByRole("link", { name: "Sign in with GOV.UK One Login" })).toHaveAttribute("href", "/sign-in/one-login");
  await expectNoAxeViolations(resident);
});
