import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, getByHost, PORT, signInLinkFromOutbox, siteUrl, uniqueEmail } from "./support";

async function askForLink(page: Page, slug: string, email: string) {
  await page.goto(siteUrl(slug, "/sign-in"));
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
}

async function signInAs(page: Page, slug: string, email: string) {
  await askForLink(page, slug, email);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your email");
  const link = await signInLinkFromOutbox(page, siteUrl(slug, "/dev/outbox"), email);
  await page.goto(link);
  await expect(page).toHaveURL(siteUrl(slug, "/account"));
  return link;
}

test("a resident signs in with a link emailed to the development outbox", async ({ page }) => {
  const email = uniqueEmail("resident");
  await askForLink(page, "kingston", email);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your email");
  const link = await signInLinkFromOutbox(page, siteUrl("kingston", "/dev/outbox"), email);
  expect(link.startsWith(siteUrl("kingston", "/api/auth/callback/email"))).toBe(true);
  await page.goto(link);
  await expect(page).toHaveURL(siteUrl("kingston", "/account"));
  await expect(page.getByRole("main")).toContainText(`You are signed in as ${email}`);
  await expect(page.getByTestId("roles")).toHaveText("Resident");
  await expectNoAxeViolations(page);

  const cookies = await page.context().cookies(siteUrl("kingston"));
  const session = cookies.find((c) => c.name.endsWith("lgp.session"))!;
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax", domain: "kingston.localhost" });
  expect(session.secure).toBe(true);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(siteUrl("kingston"));
  await page.goto(siteUrl("kingston", "/account"));
  await expect(page).toHaveURL(siteUrl("kingston", "/sign-in"));
});

test("a session cookie from Kingston, replayed on Richmond and on the platform host, signs in no one", async ({ page }) => {
  const email = uniqueEmail("replay");
  await signInAs(page, "kingston", email);
  const session = (await page.context().cookies(siteUrl("kingston"))).find((c) => c.name.endsWith("lgp.session"))!;
  const cookie = { cookie: `${session.name}=${session.value}` };
  // Sent by hand, so no browser rule about which host may receive the cookie gets in the way.
  const home = await getByHost(PORT, "kingston.localhost", "/account", cookie);
  expect(home.status).toBe(200);
  expect(home.body).toContain(email);
  for (const host of ["richmond.localhost", "sutton.localhost", "localhost"]) {
    const replay = await getByHost(PORT, host, "/account", cookie);
    expect(replay.status, host).toBe(307);
    expect(replay.location, host).toBe("/sign-in");
    expect(replay.body, host).not.toContain(email);
  }
});

test("a sign-in link emailed by Kingston does nothing on Richmond's site", async ({ page }) => {
  const email = uniqueEmail("link-replay");
  await askForLink(page, "kingston", email);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your email");
  const link = await signInLinkFromOutbox(page, siteUrl("kingston", "/dev/outbox"), email);
  await page.goto(link.replace("kingston.localhost", "richmond.localhost"));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("That sign-in link did not work");
  await page.goto(siteUrl("richmond", "/account"));
  await expect(page).toHaveURL(siteUrl("richmond", "/sign-in"));
  // …and it still works where it was made.
  await page.goto(link);
  await expect(page).toHaveURL(siteUrl("kingston", "/account"));
});

test("the sign-in link works once; a used link says what to do", async ({ page }) => {
  const link = await signInAs(page, "sutton", uniqueEmail("once"));
  await page.context().clearCookies();
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("That sign-in link did not work");
});

test("a mistyped address gets an error beside the field and in the summary", async ({ page }) => {
  await askForLink(page, "richmond", "not-an-email");
  await expect(page.locator("[data-error-summary]")).toContainText("Enter an email address in the correct format");
  await expect(page.locator("#email-error")).toContainText("Enter an email address in the correct format");
  await expect(page.getByLabel("Email address")).toHaveValue("not-an-email");
  await expectNoAxeViolations(page);
});

test("too many links for one address are refused, saying when to try again", async ({ page }) => {
  const email = uniqueEmail("limited");
  for (let i = 0; i < 5; i++) {
    await askForLink(page, "richmond", email);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your email");
  }
  await askForLink(page, "richmond", email);
  await expect(page.locator("#email-error")).toContainText(/You have asked for too many sign-in links\. Try again in 1[45] minutes\./);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the sign-in form, its errors and the emailed link all work", async ({ page }) => {
    await askForLink(page, "kingston", "nope");
    await expect(page.locator("#email-error")).toContainText("Enter an email address in the correct format");
    const email = uniqueEmail("nojs");
    await page.getByLabel("Email address").fill(email);
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your email");
    await page.goto(await signInLinkFromOutbox(page, siteUrl("kingston", "/dev/outbox"), email));
    await expect(page.getByTestId("roles")).toHaveText("Resident");
  });
});
