import { generateKeyPairSync } from "node:crypto";
import { loggedDuring } from "./server-log";
import { expect, test, type Page } from "@playwright/test";
import { councilWithAdmin, expectNoAxeViolations, invitationLinkFromOutbox, signInLinkFromOutbox, signInThroughOutbox, siteUrl, uniqueEmail } from "./support";

test("a council admin rebrands the site, and residents see it at once; an unreadable colour is refused", async ({ page, browser }) => {
  await councilWithAdmin(page, browser, "ealing");
  await page.getByRole("link", { name: "Admin" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Run your council's site");
  await expectNoAxeViolations(page);
  // Each page is checked once it has arrived: axe on a page still being swapped finds no document.
  await page.getByRole("link", { name: "Email" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Email");
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Branding and details" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Branding and details");
  await expectNoAxeViolations(page);

  await page.getByLabel("Brand colour (header background)").fill("#aaaaaa");
  await page.getByRole("button", { name: "Save branding and details" }).click();
  await expect(page.locator("#brandColour-error")).toContainText("contrast ratio of 2.32:1 with its text colour #ffffff; WCAG 2.2 AA needs at least 4.5:1");
  await expect(page.locator("[data-error-summary]")).toContainText("2.32:1");
  await expectNoAxeViolations(page);

  await page.getByLabel("Council's name").fill("London Borough of Ealing");
  await page.getByLabel("Brand colour (header background)").fill("#5a2d82");
  await page.getByLabel("Contact phone number").fill("020 8825 5000");
  const prepared = page.getByRole("group", { name: "When was the statement first prepared?" });
  await prepared.getByLabel("Day").fill("31");
  await prepared.getByLabel("Month").fill("4");
  await prepared.getByLabel("Year").fill("2026");
  await page.getByRole("button", { name: "Save branding and details" }).click();
  await expect(page.locator("[data-error-summary]").getByRole("link", { name: "The date the statement was prepared must be a real date" })).toHaveAttribute("href", "#accessibilityPreparedOn-day");
  await expect(prepared).toContainText("Error: The date the statement was prepared must be a real date");
  await expectNoAxeViolations(page);
  await prepared.getByLabel("Day").fill("26");
  await prepared.getByLabel("Month").fill("11");
  const reviewed = page.getByRole("group", { name: "When was it last reviewed?" });
  await reviewed.getByLabel("Day").fill("26");
  await reviewed.getByLabel("Month").fill("Nov");
  await reviewed.getByLabel("Year").fill("2026");
  await page.getByRole("radio", { name: "Northern Ireland" }).check();
  await page.getByRole("radio", { name: "Partially compliant" }).check();
  await page.getByLabel("Known accessibility problems").fill("The map of day centres has no text alternative.\nSome older PDF forms are not tagged.");
  await page.getByLabel("Name emails come from").fill("Ealing Council Services");
  await page.getByRole("button", { name: "Save branding and details" }).click();
  await expect(page.getByRole("alert", { name: "Success" })).toContainText("Your changes are saved.");

  const resident = await (await browser.newContext()).newPage();
  await resident.goto(siteUrl("ealing"));
  await expect(resident.getByRole("banner")).toContainText("London Borough of Ealing");
  expect(await resident.getByRole("banner").evaluate((el) => getComputedStyle(el).backgroundColor)).toBe("rgb(90, 45, 130)");
  await resident.goto(siteUrl("ealing", "/accessibility"));
  await expect(resident.getByTestId("accessibility-contact")).toContainText("020 8825 5000");
  await expect(resident.getByRole("main")).toContainText("This statement was prepared on 26 November 2026. It was last reviewed on 26 November 2026.");
  await expect(resident.getByRole("main")).toContainText("This website is partially compliant with the Web Content Accessibility Guidelines version 2.2 AA standard");
  await expect(resident.getByTestId("non-accessible-content").getByRole("listitem")).toHaveText(["The map of day centres has no text alternative.", "Some older PDF forms are not tagged."]);
  await expect(resident.getByRole("link", { name: "contact the Equality Commission for Northern Ireland" })).toHaveAttribute("href", "https://www.equalityni.org/Home");
  await expectNoAxeViolations(resident);
  await resident.goto(siteUrl("ealing", "/contact"));
  await expect(resident.getByTestId("contact-details")).toContainText("020 8825 5000");
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
  await expect(page.locator("img")).toHaveCount(0);
  await page.getByLabel("Upload a new logo").setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: Buffer.from("not really a png") });
  await page.getByRole("button", { name: "Upload logo" }).click();
  await expect(page.locator("#logo-error")).toContainText("The logo must be a PNG, JPEG or SVG image.");
  const svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle cx="5" cy="5" r="4" fill="#fff"/></svg>';
  await page.getByLabel("Upload a new logo").setInputFiles({ name: "logo.svg", mimeType: "image/svg+xml", buffer: Buffer.from(svg) });
  await page.getByRole("button", { name: "Upload logo" }).click();
  await expect(page.getByRole("alert", { name: "Success" })).toContainText("Your changes are saved.");
  const logo = await page.goto(siteUrl("brent", "/assets/logo"));
  expect(logo?.headers()["content-type"]).toBe("image/svg+xml");
  expect(await logo?.text()).toContain("<circle");
  // The header shows it now, and it is the site's icon too.
  await page.goto(siteUrl("brent"));
  await expect(page.getByRole("banner").locator("img")).toHaveCount(1);
  const iconHref = (await page.locator('link[rel="icon"]').getAttribute("href"))!;
  expect(await page.evaluate(async (href) => (await fetch(href)).text(), iconHref)).toContain("<circle");
});

test("switching the match module off makes its pages answer 404; on again, they return", async ({ page, browser }) => {
  await councilWithAdmin(page, browser, "harrow");
  expect((await page.goto(siteUrl("harrow", "/help")))?.status()).toBe(200);
  await page.goto(siteUrl("harrow", "/admin/modules"));
  await expectNoAxeViolations(page);
  await page.getByLabel("Match").uncheck();
  await page.getByRole("button", { name: "Save modules" }).click();
  await expect(page.getByRole("alert", { name: "Success" })).toContainText("Your changes are saved.");
  const logged = await loggedDuring(async () => {
    expect((await page.goto(siteUrl("harrow", "/help")))?.status()).toBe(404);
    expect((await page.goto(siteUrl("harrow", "/api/trpc/match.categories")))?.status()).toBe(404);
  });
  // An expected 404 is not a fault: at most a line each in the server's log, never a stack trace.
  const lines = logged.split("\n");
  const mentions = lines.flatMap((line, i) => (line.includes("does not offer this service") ? [lines[i + 1] ?? ""] : []));
  expect(mentions.length).toBeLessThanOrEqual(2);
  for (const next of mentions) expect(next).not.toMatch(/^\S*\s+at /);
  await page.goto(siteUrl("harrow", "/admin/modules"));
  await page.getByLabel("Match").check();
  await page.getByRole("button", { name: "Save modules" }).click();
  await expect(page.getByRole("alert", { name: "Success" })).toBeVisible();
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
  await expect(page.getByRole("alert", { name: "Success" })).toContainText("Your changes are saved.");

  const workerPage = await (await browser.newContext()).newPage();
  await workerPage.goto(await invitationLinkFromOutbox(workerPage, siteUrl("barnet", "/dev/outbox"), worker));
  await workerPage.getByRole("button", { name: "Accept invitation" }).click();
  await expect(workerPage.getByRole("alert", { name: "Success" })).toBeVisible();
  await signInThroughOutbox(workerPage, siteUrl("barnet", "").replace(/\/$/, ""), worker);
  await expect(workerPage.getByTestId("roles")).toHaveText("Council staff (caseworker)");
  // Staff who are not admins cannot open the console, but can look up the people the council serves.
  expect((await workerPage.goto(siteUrl("barnet", "/admin")))?.status()).toBe(403);
  await workerPage.goto(siteUrl("barnet", "/staff/people"));
  await expectNoAxeViolations(workerPage);
  await workerPage.getByLabel("Their email address").fill(admin);
  await workerPage.getByRole("button", { name: "Look up" }).click();
  await expect(workerPage.getByTestId("person-record")).toContainText("Council admin");

  await page.goto(siteUrl("barnet", "/admin/staff"));
  const member = page.getByRole("region", { name: worker });
  await member.getByLabel("Safeguarding lead").check();
  await member.getByRole("button", { name: `Save roles for ${worker}` }).click();
  await expect(page.getByRole("alert", { name: "Success" })).toContainText("Your changes are saved.");

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
  await expect(page).toHaveURL(siteUrl("kingston", "/sign-in?returnTo=%2Fadmin"));
  // A resident of Bexley, signed in, is told the console is not for them.
  const resident = await (await browser.newContext()).newPage();
  await signInThroughOutbox(resident, siteUrl("bexley", "").replace(/\/$/, ""), uniqueEmail("bexley-resident"));
  await expect(resident.getByTestId("roles")).toHaveText("Resident");
  expect((await resident.goto(siteUrl("bexley", "/admin")))?.status()).toBe(403);
  expect((await resident.goto(siteUrl("bexley", "/admin/audit")))?.status()).toBe(403);
  await expect(resident.getByRole("heading", { level: 1 })).toHaveText("You cannot see this page");
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
    await expect(page.getByRole("alert", { name: "Success" })).toContainText("Your changes are saved.");

    await page.goto(siteUrl("hillingdon", "/admin/email"));
    await page.getByRole("radio", { name: "SMTP server" }).check();
    await page.getByRole("button", { name: "Save email settings" }).click();
    await expect(page.locator("#host-error")).toContainText("Enter the SMTP server's host name");
    await expect(page.getByRole("radio", { name: "SMTP server" })).toBeChecked();
    await page.getByRole("radio", { name: "GOV.UK Notify" }).check();
    // Every kind of email the platform and its modules send has its template: only the key is missing.
    for (const field of await page.getByRole("textbox", { name: /template ID$/ }).all()) await field.fill("f33517ff-2a88-4f6e-b855-c550268ce08a");
    await page.getByRole("button", { name: "Save email settings" }).click();
    await expect(page.locator("[data-error-summary]")).toContainText("Enter the GOV.UK Notify API key");

    await page.goto(siteUrl("hillingdon", "/admin/modules"));
    await page.getByLabel("Booking").uncheck();
    await page.getByRole("button", { name: "Save modules" }).click();
    await expect(page.getByRole("alert", { name: "Success" })).toContainText("Your changes are saved.");
    await expect(page.getByLabel("Booking")).not.toBeChecked();
    await expect(page.getByLabel("Match")).toBeChecked();

    await page.goto(siteUrl("hillingdon", "/admin/staff"));
    await page.getByLabel("Their email address").fill("not an email");
    await page.getByRole("button", { name: "Send invitation" }).click();
    await expect(page.locator("#email-error")).toContainText("Enter their email address in the correct format");
    await page.getByLabel("Their email address").fill(uniqueEmail("nojs-staff"));
    await page.getByRole("button", { name: "Send invitation" }).click();
    await expect(page.getByRole("alert", { name: "Success" })).toContainText("Your changes are saved.");
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
  await expect(page.locator("#oneLogin-privateKey-error")).toContainText("PEM format");
  const { privateKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
  await page.getByLabel("Private key").fill(privateKey.export({ format: "pem", type: "pkcs8" }).toString());
  await page.getByRole("button", { name: "Save GOV.UK One Login" }).click();
  await expect(page.getByRole("alert", { name: "Success" })).toContainText("Your changes are saved.");
  await expect(page.getByLabel("Private key")).toHaveValue("");
  await expectNoAxeViolations(page);

  const resident = await (await browser.newContext()).newPage();
  await resident.goto(siteUrl("lambeth", "/sign-in"));
  await expect(resident.getByRole("link", { name: "Sign in with GOV.UK One Login" })).toHaveAttribute("href", "/sign-in/one-login");
  await expectNoAxeViolations(resident);
});

/** The link in the newest email to `email` once it is not `than`: the one a resend sent. */
async function newerLink(outbox: Page, slug: string, email: string, than: string): Promise<string> {
  let link = than;
  await expect(async () => {
    link = await invitationLinkFromOutbox(outbox, siteUrl(slug, "/dev/outbox"), email);
    expect(link).not.toBe(than);
  }).toPass({ timeout: 15_000 });
  return link;
}

test("pending invitations are listed and resent with a new link; inviting the address again offers the pending one instead", async ({ page, browser }) => {
  const { admin } = await councilWithAdmin(page, browser, "islington");
  await page.goto(siteUrl("islington", "/admin/staff"));
  const pending = page.getByRole("region", { name: "Pending invitations" });
  await expect(pending).toContainText("No invitations are waiting to be accepted.");
  const invited = uniqueEmail("islington-caseworker");
  await page.getByLabel("Their email address").fill(invited);
  await page.getByRole("radio", { name: "Council staff (caseworker)" }).check();
  await page.getByRole("button", { name: "Send invitation", exact: true }).click();
  await expect(page.getByRole("alert", { name: "Success" })).toContainText("Your changes are saved.");
  const row = pending.getByRole("row").filter({ hasText: invited });
  await expect(row).toContainText("Council staff (caseworker)");
  await expect(row).toContainText(admin);
  // Sent and expires, GOV.UK style: "26 November 2026 at 3:04pm".
  await expect(row.getByRole("cell").nth(2)).toHaveText(/^\d{1,2} [A-Z][a-z]+ \d{4} at (\d{1,2}(:\d{2})?[ap]m|midday|midnight)$/);
  await expect(row.getByRole("cell").nth(3)).toHaveText(/^\d{1,2} [A-Z][a-z]+ \d{4} at /);
  await expectNoAxeViolations(page);
  const outbox = await (await browser.newContext()).newPage();
  const first = await invitationLinkFromOutbox(outbox, siteUrl("islington", "/dev/outbox"), invited);

  // The same address again, for another role: not a second invitation, but the pending one to resend.
  await page.getByLabel("Their email address").fill(invited);
  await page.getByRole("radio", { name: "Safeguarding lead" }).check();
  await page.getByRole("button", { name: "Send invitation", exact: true }).click();
  await expect(page.locator("#email-error")).toContainText(`There is already a pending invitation for ${invited}. Resend it from the list of pending invitations`);
  await expect(pending.getByRole("row").filter({ hasText: invited })).toHaveCount(1);
  await expectNoAxeViolations(page);
  await pending.getByRole("button", { name: `Resend invitation to ${invited}` }).click();
  await expect(page.getByRole("alert", { name: "Success" })).toContainText(`Invitation sent again to ${invited}. The link in the earlier email no longer works.`);

  const second = await newerLink(outbox, "islington", invited, first);
  await outbox.goto(first);
  await outbox.getByRole("button", { name: "Accept invitation" }).click();
  await expect(outbox.getByRole("main")).toContainText("That invitation link is not valid here.");
  await outbox.goto(second);
  await outbox.getByRole("button", { name: "Accept invitation" }).click();
  await expect(outbox.getByRole("alert", { name: "Success" })).toContainText("Your invitation is accepted");

  // The admin's page still lists it: resending now is refused, saying why, beside the list.
  await pending.getByRole("button", { name: `Resend invitation to ${invited}` }).click();
  const refusal = page.locator("[data-error-summary]").getByRole("link", { name: `The invitation to ${invited} has already been accepted, so it cannot be resent.` });
  await expect(refusal).toHaveAttribute("href", "#pending-invitations");
  await expectNoAxeViolations(page);

  await page.goto(siteUrl("islington", "/admin/staff"));
  await expect(pending).not.toContainText(invited);
  await expect(page.getByRole("region", { name: invited })).toBeVisible();
  await page.goto(siteUrl("islington", "/admin/audit?action=invitation.resent"));
  await expect(page.getByTestId("audit-log")).toContainText(invited);
});

test.describe("pending invitations without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("are resent and cancelled with plain forms; a cancelled link says so, and the address can then be invited again", async ({ page, browser }) => {
    await councilWithAdmin(page, browser, "southwark");
    await page.goto(siteUrl("southwark", "/admin/staff"));
    const pending = page.getByRole("region", { name: "Pending invitations" });
    const invited = uniqueEmail("southwark-volunteer");
    const inviteAs = async (role: string) => {
      await page.getByLabel("Their email address").fill(invited);
      await page.getByRole("radio", { name: role }).check();
      await page.getByRole("button", { name: "Send invitation", exact: true }).click();
    };
    await inviteAs("Volunteer");
    await expect(page.getByRole("alert", { name: "Success" })).toContainText("Your changes are saved.");
    await inviteAs("Volunteer");
    await expect(page.locator("#email-error")).toContainText(`There is already a pending invitation for ${invited}`);

    await pending.getByRole("button", { name: `Resend invitation to ${invited}` }).click();
    await expect(page.getByRole("alert", { name: "Success" })).toContainText(`Invitation sent again to ${invited}.`);
    await pending.getByRole("button", { name: `Cancel invitation to ${invited}` }).click();
    await expect(page.getByRole("alert", { name: "Success" })).toContainText(`Invitation to ${invited} cancelled. The link in its email no longer works.`);
    await expect(pending).toContainText("No invitations are waiting to be accepted.");

    const invitee = await (await browser.newContext()).newPage();
    await invitee.goto(await invitationLinkFromOutbox(invitee, siteUrl("southwark", "/dev/outbox"), invited));
    await invitee.getByRole("button", { name: "Accept invitation" }).click();
    await expect(invitee.getByRole("main")).toContainText("That invitation has been cancelled.");

    await page.goto(siteUrl("southwark", "/admin/staff"));
    await inviteAs("Council staff (caseworker)");
    await expect(page.getByRole("alert", { name: "Success" })).toContainText("Your changes are saved.");
    await expect(pending.getByRole("row").filter({ hasText: invited })).toContainText("Council staff (caseworker)");
  });
});

test("a council admin adds, renames, reorders, retires and restores a category, and residents' help page follows", async ({ page, browser }) => {
  await councilWithAdmin(page, browser, "merton");
  await page.goto(siteUrl("merton", "/admin"));
  await page.getByRole("navigation", { name: "Admin sections" }).getByRole("link", { name: "Categories" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Categories of help");
  await expectNoAxeViolations(page);

  await page.getByLabel("Name", { exact: true }).fill("Dog walking");
  await page.getByRole("button", { name: "Add category" }).click();
  await expect(page.locator("#description-error")).toContainText("Enter a description of the category");
  await expect(page.locator("[data-error-summary]")).toContainText("Enter a description of the category");
  await expectNoAxeViolations(page);
  await page.getByLabel("Description", { exact: true }).fill("A volunteer walks your dog when you cannot.");
  await page.getByLabel("Basic DBS check", { exact: true }).check();
  await page.getByRole("button", { name: "Add category" }).click();
  const listed = page.getByTestId("listed-categories").locator("tbody tr th");
  await expect(listed.last()).toHaveText("Dog walking");
  await expect(page.getByTestId("listed-categories").locator("tbody tr").last()).toContainText("Basic DBS check");

  const resident = await (await browser.newContext()).newPage();
  await resident.goto(siteUrl("merton", "/help"));
  const helpNames = resident.getByRole("main").locator("dt");
  await expect(helpNames.last()).toHaveText("Dog walking");
  const before = await helpNames.allInnerTexts();

  await page.getByRole("link", { name: "Change Dog walking" }).click();
  await expectNoAxeViolations(page);
  await page.getByLabel("Name", { exact: true }).fill("Dog walking and pet care");
  await expect(page.getByLabel("Basic DBS check", { exact: true })).toBeChecked();
  await page.getByLabel("Enhanced DBS check with barred lists", { exact: true }).check();
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page).toHaveURL(siteUrl("merton", "/admin/categories"));
  await expect(listed.last()).toHaveText("Dog walking and pet care");
  await expect(page.getByTestId("listed-categories").locator("tbody tr").last()).toContainText("Enhanced DBS check with barred lists");

  await page.getByRole("button", { name: "Move up Dog walking and pet care" }).click();
  const moved = [...before.slice(0, -2), "Dog walking and pet care", before.at(-2)!];
  await expect(listed).toHaveText(moved);
  await resident.reload();
  await expect(helpNames).toHaveText(moved);

  await page.getByRole("button", { name: "Retire Dog walking and pet care" }).click();
  await expect(page.getByTestId("retired-categories")).toContainText("Dog walking and pet care");
  await expect(listed).toHaveText(before.slice(0, -1));
  await expectNoAxeViolations(page);
  await resident.reload();
  await expect(helpNames).toHaveText(before.slice(0, -1));
  await expect(resident.getByRole("main")).not.toContainText("Dog walking");

  await page.getByRole("button", { name: "Restore Dog walking and pet care" }).click();
  await expect(listed.last()).toHaveText("Dog walking and pet care");
  await expect(page.getByTestId("retired-categories")).toHaveCount(0);

  // With match switched off, the console neither lists nor serves its section.
  await page.goto(siteUrl("merton", "/admin/modules"));
  await page.getByLabel("Match").uncheck();
  await page.getByRole("button", { name: "Save modules" }).click();
  await expect(page.getByRole("alert", { name: "Success" })).toBeVisible();
  await page.goto(siteUrl("merton", "/admin"));
  await expect(page.getByRole("navigation", { name: "Admin sections" }).getByRole("link", { name: "Categories" })).toHaveCount(0);
  expect((await page.goto(siteUrl("merton", "/admin/categories")))?.status()).toBe(404);
});

test.describe("categories without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("are added with a plain form, errors beside the fields, and moved and retired with plain buttons", async ({ page, browser }) => {
    await councilWithAdmin(page, browser, "redbridge");
    await page.goto(siteUrl("redbridge", "/admin/categories"));
    await page.getByRole("button", { name: "Add category" }).click();
    await expect(page.locator("#name-error")).toContainText("Enter a name for the category");
    await expect(page.locator("[data-error-summary]")).toContainText("Enter a description of the category");
    await page.getByLabel("Name", { exact: true }).fill("Dog walking");
    await page.getByRole("button", { name: "Add category" }).click();
    await expect(page.locator("#description-error")).toContainText("Enter a description of the category");
    await expect(page.getByLabel("Name", { exact: true })).toHaveValue("Dog walking");
    await page.getByLabel("Description", { exact: true }).fill("A volunteer walks your dog when you cannot.");
    await page.getByRole("button", { name: "Add category" }).click();
    const listed = page.getByTestId("listed-categories").locator("tbody tr th");
    await expect(listed.last()).toHaveText("Dog walking");

    const before = await listed.allInnerTexts();
    await page.getByRole("button", { name: "Move up Dog walking" }).click();
    await expect(listed).toHaveText([...before.slice(0, -2), "Dog walking", before.at(-2)!]);
    await page.getByRole("button", { name: "Retire Dog walking" }).click();
    await expect(page.getByTestId("retired-categories")).toContainText("Dog walking");
    await expect(listed).toHaveText(before.slice(0, -1));
  });
});
