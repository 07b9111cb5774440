import { expect, test, type Browser } from "@playwright/test";
import { councilWithAdmin, expectNoAxeViolations, invitationLinkFromOutbox, signInThroughOutbox, siteUrl, uniqueEmail } from "./support";

const SLUG = "croydon";
const origin = siteUrl(SLUG, "").replace(/\/$/, "");

/** The invited person, in a browser of their own, accepts the emailed invitation and signs in. */
async function acceptAndSignIn(browser: Browser, email: string) {
  const page = await (await browser.newContext()).newPage();
  await page.goto(await invitationLinkFromOutbox(page, siteUrl(SLUG, "/dev/outbox"), email));
  await page.getByRole("button", { name: "Accept invitation" }).click();
  await expect(page.getByRole("alert", { name: "Success" })).toContainText("Your invitation is accepted");
  await signInThroughOutbox(page, origin, email);
  return page;
}

test("a safeguarding lead, a volunteer, a provider owner and a provider member each sign in with their role", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await councilWithAdmin(page, browser, SLUG);

  for (const [role, label] of [
    ["Safeguarding lead", "Safeguarding lead"],
    ["Volunteer", "Volunteer"],
  ] as const) {
    const email = uniqueEmail(role.toLowerCase().replace(" ", "-"));
    await page.goto(siteUrl(SLUG, "/admin/staff"));
    await page.getByLabel("Their email address").fill(email);
    await page.getByRole("radio", { name: role }).check();
    await page.getByRole("button", { name: "Send invitation" }).click();
    await expect(page.getByRole("alert", { name: "Success" })).toContainText("Your changes are saved.");
    const person = await acceptAndSignIn(browser, email);
    await expect(person.getByTestId("roles")).toHaveText(label);
  }

  await page.goto(siteUrl(SLUG, "/admin/organisations"));
  await expectNoAxeViolations(page);
  const owner = uniqueEmail("provider-owner");
  await page.getByLabel("Organisation's name").fill("Croydon Community Transport");
  await page.getByRole("radio", { name: "Voluntary or community group" }).check();
  await page.getByLabel("Owner's email address").fill(owner);
  await page.getByRole("button", { name: "Register and invite the owner" }).click();
  await expect(page.getByRole("alert", { name: "Success" })).toContainText("Your changes are saved.");
  await expect(page.getByTestId("organisations")).toContainText("Croydon Community Transport (Voluntary or community group)");

  const ownerPage = await acceptAndSignIn(browser, owner);
  await expect(ownerPage.getByTestId("roles")).toHaveText("Provider organisation owner");
  await ownerPage.getByRole("link", { name: "Your organisation" }).click();
  await expectNoAxeViolations(ownerPage);
  const member = uniqueEmail("provider-member");
  await ownerPage.getByLabel("Invite someone to Croydon Community Transport").fill(member);
  await ownerPage.getByRole("button", { name: "Send invitation" }).click();
  await expect(ownerPage.getByRole("alert", { name: "Success" })).toContainText("Your changes are saved.");
  const pending = ownerPage.getByRole("region", { name: "Pending invitations to Croydon Community Transport" });
  await expect(pending.getByRole("row").filter({ hasText: member })).toContainText("Provider organisation member");
  await expectNoAxeViolations(ownerPage);

  const memberPage = await acceptAndSignIn(browser, member);
  await expect(memberPage.getByTestId("roles")).toHaveText("Provider organisation member");
  // A member is not an owner: the organisation's page is not theirs to run.
  expect((await memberPage.goto(siteUrl(SLUG, "/organisation")))?.status()).toBe(403);

  await ownerPage.reload();
  await expect(ownerPage.getByTestId("members")).toContainText(`${member} (Provider organisation member)`);
  await expect(pending).not.toContainText(member);
});
