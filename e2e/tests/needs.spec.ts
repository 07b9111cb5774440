import { connectPostgres, councilSchema, councilScope } from "@lgp/db";
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, signInDirectly, signInThroughOutbox, siteUrl, uniqueEmail } from "./support";

const kingston = (path: string) => siteUrl("kingston", path);
const heading = (page: Page) => page.getByRole("heading", { level: 1 });

/** Answers one question page and moves on, checking its heading and title first (and axe, when asked). */
async function answer(page: Page, title: string, fill: () => Promise<void>, axe: boolean) {
  await expect(heading(page)).toHaveText(title);
  // After a mistake on the page it says "Error: " first, until the answer is accepted.
  await expect(page).toHaveTitle(new RegExp(`^(Error: )?${title.replace(/[?()]/g, "\\$&")} – `));
  if (axe) await expectNoAxeViolations(page);
  await fill();
  await page.getByRole("button", { name: "Continue" }).click();
}

/** A resident's whole request: every question page (with a mistake on two), a change from check your answers, the confirmation. */
async function askForHelp(page: Page, axe: boolean): Promise<string> {
  await page.goto(kingston("/help/ask?category=befriending"));
  await expect(heading(page)).toHaveText("Ask for help");
  if (axe) await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Start now" }).click();

  await answer(page, "What kind of help do you need?", async () => expect(page.getByLabel("Befriending")).toBeChecked(), axe);

  await expect(heading(page)).toHaveText("What do you need help with?");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveTitle(/^Error: What do you need help with\? – /);
  await expect(page.locator("#description-error")).toContainText("Enter what you need help with");
  if (axe) await expectNoAxeViolations(page);
  await answer(page, "What do you need help with?", () => page.getByLabel("What do you need help with?").fill("A weekly chat over a cup of tea."), false);

  await expect(heading(page)).toHaveText("What is your postcode?");
  await page.getByLabel("What is your postcode?").fill("SW1A 1AA");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.locator("#postcode-error")).toContainText("We could not find that postcode in this council's area");
  if (axe) await expectNoAxeViolations(page);
  await answer(page, "What is your postcode?", () => page.getByLabel("What is your postcode?").fill("kt1 1eu"), false);

  await answer(page, "When do you need help?", () => page.getByLabel("Tuesday afternoon").check(), axe);
  await answer(page, "How soon do you need help?", () => page.getByLabel("Within a few weeks").check(), axe);
  await answer(
    page,
    "Your preferences",
    async () => {
      await page.getByLabel("Which language would you like your helper to speak? (optional)").fill("Polish");
      await page.getByLabel("No preference").check();
    },
    axe,
  );

  await expect(heading(page)).toHaveText("Check your answers before sending your request");
  const answers = page.getByTestId("need-answers");
  await expect(answers).toContainText("KT1 1EU");
  await expect(answers).toContainText("Tuesday afternoon");
  await expect(answers).toContainText("Polish");
  if (axe) await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Change postcode" }).click();
  await answer(page, "What is your postcode?", () => page.getByLabel("What is your postcode?").fill("KT2 5AU"), false);
  await expect(heading(page)).toHaveText("Check your answers before sending your request");
  await expect(answers).toContainText("KT2 5AU");
  await page.getByRole("button", { name: "Accept and send" }).click();

  await expect(heading(page)).toHaveText("Request sent");
  const reference = (await page.getByTestId("need-reference").textContent())!;
  expect(reference).toMatch(/^HN-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  await expect(page).toHaveURL(kingston(`/help/ask/sent/${reference}`));
  if (axe) await expectNoAxeViolations(page);
  return reference;
}

/** The resident finds the request in their list, reads its trail, and withdraws it with a reason. */
async function followAndWithdraw(page: Page, reference: string, axe: boolean) {
  await page.goto(kingston("/requests"));
  await expect(heading(page)).toHaveText("Your requests for help");
  await expect(page.getByTestId("my-needs")).toContainText(reference);
  if (axe) await expectNoAxeViolations(page);
  await page.getByRole("link", { name: reference }).click();
  await expect(heading(page)).toHaveText(`Request ${reference}`);
  const trail = page.getByTestId("need-trail").locator("tbody tr");
  await expect(trail).toHaveCount(1);
  await expect(trail.first()).toContainText("Open");
  await expect(trail.first()).toContainText("You");
  await expect(trail.first()).toContainText("Asked for help");
  if (axe) await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "Withdraw this request" }).click();
  await expect(heading(page)).toHaveText(`Are you sure you want to withdraw request ${reference}?`);
  await page.getByRole("button", { name: "Yes, withdraw it" }).click();
  await expect(page.locator("#reason-error")).toContainText("Enter why you no longer need help");
  if (axe) await expectNoAxeViolations(page);
  await page.getByLabel("Why do you no longer need help?").fill("My neighbour is helping now");
  await page.getByRole("button", { name: "Yes, withdraw it" }).click();

  await expect(page).toHaveURL(kingston(`/requests/${reference}?withdrawn=1`));
  await expect(page.getByRole("alert", { name: "Success" })).toContainText("Your request has been withdrawn");
  await expect(trail).toHaveCount(2);
  await expect(trail.nth(1)).toContainText("Withdrawn");
  await expect(trail.nth(1)).toContainText("My neighbour is helping now");
  await expect(page.getByRole("link", { name: "Withdraw this request" })).toHaveCount(0);
  if (axe) await expectNoAxeViolations(page);
}

/** A person of Kingston's holding `role`, as the council's admin would have made them, by their email address. */
async function kingstonPerson(role: "council_staff" | "referrer"): Promise<string> {
  const email = uniqueEmail(role);
  const database = await connectPostgres(process.env.E2E_DATABASE_URL!);
  try {
    await councilScope(database, "kingston").run(async (tx) => {
      const [person] = await tx.insert(councilSchema.people).values({ email }).returning();
      await tx.insert(councilSchema.roleGrants).values({ personId: person!.id, role });
    });
  } finally {
    await database.close();
  }
  return email;
}

/** A referrer asks for help for a resident on one page, with the resident's consent (a mistake first); staff find it, read it and close it. */
async function referAndClose(page: Page, axe: boolean) {
  const referrer = await kingstonPerson("referrer");
  await signInDirectly(page, "kingston", referrer);
  await page.goto(kingston("/staff/needs/new"));
  await expect(heading(page)).toHaveText("Ask for help for a resident");
  await page.getByRole("button", { name: "Send request" }).click();
  await expect(page.locator("#residentEmail-error")).toContainText("Enter the resident's email address");
  await expect(page.locator("#consentOn-error")).toContainText("Enter the date consent was given");
  if (axe) await expectNoAxeViolations(page);
  const resident = uniqueEmail("referred");
  await page.getByLabel("Resident's email address").fill(resident);
  await page.getByLabel("Befriending").check();
  await page.getByLabel("What do you need help with?").fill("Company on Friday mornings.");
  await page.getByLabel("What is your postcode?").fill("KT1 1EU");
  await page.getByLabel("Friday morning").check();
  await page.getByLabel("Within a few days").check();
  await page.getByLabel("Who gave consent?").fill("Sam Resident");
  await page.locator("#consentOn-day").fill("5");
  await page.locator("#consentOn-month").fill("1");
  await page.locator("#consentOn-year").fill("2026");
  await page.getByLabel("By phone").check();
  await page.getByRole("button", { name: "Send request" }).click();
  await expect(heading(page)).toContainText("sent");
  const reference = (await page.getByTestId("need-reference").textContent())!;
  if (axe) await expectNoAxeViolations(page);
  await page.context().clearCookies();

  const staff = await kingstonPerson("council_staff");
  await signInDirectly(page, "kingston", staff);
  await page.goto(kingston("/staff/needs?status=open&category=befriending"));
  await expect(heading(page)).toHaveText("Requests for help");
  if (axe) await expectNoAxeViolations(page);
  await page.getByRole("link", { name: reference }).click();
  await expect(heading(page)).toHaveText(`Request ${reference}`);
  await expect(page.getByTestId("staff-need")).toContainText(resident);
  await expect(page.getByTestId("staff-need")).toContainText(referrer);
  await expect(page.getByTestId("staff-need")).toContainText("Given by Sam Resident on 5 January 2026, by phone");
  if (axe) await expectNoAxeViolations(page);
  await page.getByLabel("Why are you closing this request?").fill("A local group has it in hand");
  await page.getByRole("button", { name: "Close request" }).click();
  await expect(page.getByRole("alert", { name: "Success" })).toContainText("The request has been closed");
  const trail = page.getByTestId("need-trail").locator("tbody tr");
  await expect(trail).toHaveCount(2);
  await expect(trail.nth(1)).toContainText(staff);
  await expect(trail.nth(1)).toContainText("A local group has it in hand");
  if (axe) await expectNoAxeViolations(page);
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a resident asks for help through every question page, changes an answer, gets a reference, follows the request and withdraws it", async ({ page }) => {
    await page.goto(kingston("/help/ask"));
    await expect(page).toHaveURL(kingston(`/sign-in?${new URLSearchParams({ returnTo: "/help/ask" })}`));
    await signInThroughOutbox(page, kingston(""), uniqueEmail("asker"));
    const reference = await askForHelp(page, false);
    await followAndWithdraw(page, reference, false);
  });

  test("another resident cannot see the request", async ({ page, browser }) => {
    await signInDirectly(page, "kingston", uniqueEmail("owner"));
    const reference = await askForHelp(page, false);
    const other = await browser.newPage({ javaScriptEnabled: false });
    await signInDirectly(other, "kingston", uniqueEmail("neighbour"));
    const response = await other.goto(kingston(`/requests/${reference}`));
    expect(response?.status()).toBe(404);
    await other.close();
  });

  test("a referrer asks for help for a resident with their consent, and staff find the request and close it", async ({ page }) => {
    await referAndClose(page, false);
  });
});

// axe runs in the page, so the same pages are checked with JavaScript on.
test("every page of asking for help and following a request passes axe, errors included", async ({ page }) => {
  await signInDirectly(page, "kingston", uniqueEmail("axe"));
  const reference = await askForHelp(page, true);
  await followAndWithdraw(page, reference, true);
});

test("asking for help for a resident and the staff's pages pass axe, errors included", async ({ page }) => {
  await referAndClose(page, true);
});
