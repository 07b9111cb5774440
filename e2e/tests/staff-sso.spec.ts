import type { Server } from "node:http";
import { expect, test, type Page } from "@playwright/test";
import Provider from "oidc-provider";
import { councilWithAdmin, expectNoAxeViolations, invitationLinkFromOutbox, siteUrl, uniqueEmail } from "./support";

const ISSUER = "http://127.0.0.1:3199";
const SLUG = "camden";
let server: Server;

test.beforeAll(async () => {
  // A real OpenID Connect provider, standing in for the council's Entra ID tenant.
  const provider = new Provider(ISSUER, {
    clients: [
      {
        client_id: "council-staff",
        client_secret: "client-secret-for-tests",
        redirect_uris: [siteUrl(SLUG, "/api/auth/callback/staff-sso")],
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    claims: { openid: ["sub", "tid"], email: ["email", "email_verified"], profile: ["name"] },
    conformIdTokenClaims: false,
    findAccount: async (_ctx, id) => ({
      accountId: id,
      claims: async () => ({ sub: id, email: id, email_verified: true, name: id, tid: id.startsWith("elsewhere") ? "tenant-other" : "tenant-council" }),
    }),
    cookies: { keys: ["cookie-key-for-tests"] },
  });
  server = provider.listen(3199);
});
test.afterAll(() => new Promise<void>((done) => server.close(() => done())));

async function signInAtProvider(page: Page, login: string) {
  await page.goto(siteUrl(SLUG, "/sign-in"));
  await page.getByRole("link", { name: "Sign in with your council account" }).click();
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("any password");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await page.getByRole("button", { name: "Continue" }).click();
}

test("staff sign in with the council's own OpenID Connect provider; others, and other tenants, are refused", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await councilWithAdmin(page, browser, SLUG);
  const staff = uniqueEmail("sso-staff");
  const outsider = `elsewhere-${uniqueEmail("staff")}`;
  for (const email of [staff, outsider]) {
    await page.goto(siteUrl(SLUG, "/admin/staff"));
    await page.getByLabel("Their email address").fill(email);
    await page.getByRole("radio", { name: "Council staff (caseworker)" }).check();
    await page.getByRole("button", { name: "Send invitation" }).click();
    await expect(page.getByRole("alert", { name: "Success" })).toContainText("Your changes are saved.");
    const invited = await (await browser.newContext()).newPage();
    await invited.goto(await invitationLinkFromOutbox(invited, siteUrl(SLUG, "/dev/outbox"), email));
    await invited.getByRole("button", { name: "Accept invitation" }).click();
    await expect(invited.getByRole("alert", { name: "Success" })).toBeVisible();
  }

  await page.goto(siteUrl(SLUG, "/admin/sign-in"));
  await expectNoAxeViolations(page);
  await page.getByLabel("Turn on staff sign-in").check();
  await page.getByLabel("Issuer").fill(ISSUER);
  await page.getByLabel("Client (application) id").fill("council-staff");
  await page.getByLabel("Client secret").fill("client-secret-for-tests");
  await page.getByLabel("Allowed tenant id (optional)").fill("tenant-council");
  await page.getByRole("button", { name: "Save staff sign-in" }).click();
  await expect(page.getByRole("alert", { name: "Success" })).toContainText("Your changes are saved.");
  await expect(page.getByLabel("Client secret")).toHaveValue("");
  await expect(page.getByText("A secret is saved (••••ests)")).toBeVisible();

  const staffPage = await (await browser.newContext()).newPage();
  await signInAtProvider(staffPage, staff);
  await expect(staffPage).toHaveURL(siteUrl(SLUG, "/account"));
  await expect(staffPage.getByTestId("roles")).toHaveText("Council staff (caseworker)");

  const residentPage = await (await browser.newContext()).newPage();
  await signInAtProvider(residentPage, uniqueEmail("not-staff"));
  await expect(residentPage.getByRole("heading", { level: 1 })).toHaveText("You cannot sign in with that account here");

  const otherTenant = await (await browser.newContext()).newPage();
  await signInAtProvider(otherTenant, outsider);
  await expect(otherTenant.getByRole("heading", { level: 1 })).toHaveText("You cannot sign in with that account here");
});
