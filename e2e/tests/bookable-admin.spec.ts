import { connectPostgres, councilSchema, councilScope } from "@lgp/db";
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, signInDirectly, siteUrl, uniqueEmail } from "./support";

const { people, roleGrants } = councilSchema;
const KINGSTON = siteUrl("kingston", "").replace(/\/$/, "");
const WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday"];

/** A Kingston admin made straight in the council's tables, as an accepted invitation leaves them, signed in on `page`. */
async function signInAsAdmin(page: Page) {
  const email = uniqueEmail("bookable-admin");
  const database = await connectPostgres(process.env.E2E_DATABASE_URL!);
  try {
    await councilScope(database, "kingston").run(async (tx) => {
      const [person] = await tx.insert(people).values({ email }).returning();
      await tx.insert(roleGrants).values({ personId: person!.id, role: "council_admin" });
    });
  } finally {
    await database.close();
  }
  await signInDirectly(page, "kingston", email);
}

/** A London date at least two days ahead that is a weekday, and the next weekday after it. */
function weekdaysAhead(): [string, string] {
  const found: string[] = [];
  for (let days = 2; found.length < 2; days++) {
    const date = new Date(Date.now() + days * 86_400_000).toLocaleDateString("en-CA", { timeZone: "Europe/London" });
    const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
    if (weekday >= 1 && weekday <= 5) found.push(date);
  }
  return [found[0]!, found[1]!];
}

/** The new bookable form filled in for a room open 9 to 5 on weekdays, but for Monday's closing time. */
async function fillRoom(page: Page, name: string, mondayCloses: string) {
  await page.getByRole("radio", { name: "Room or equipment" }).check();
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Where is it?").fill("Guildhall, High Street");
  await page.getByRole("checkbox", { name: "Open on bank holidays" }).check();
  for (const day of WEEKDAYS) {
    await page.locator(`#${day}Opens`).fill("09:00");
    await page.locator(`#${day}Closes`).fill(day === "monday" ? mondayCloses : "17:00");
  }
}

/** The change page's date form filled in to close `date` (an ISO date) all day. */
async function fillClosure(page: Page, date: string) {
  const [year, month, day] = date.split("-");
  await page.locator("#date-day").fill(String(Number(day)));
  await page.locator("#date-month").fill(String(Number(month)));
  await page.locator("#date-year").fill(year!);
  await page.getByRole("checkbox", { name: "Closed all day" }).check();
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("an admin adds a room with weekday hours, changes it, closes a date on it and archives it", async ({ page }) => {
    const tag = Math.random().toString(36).slice(2, 8);
    const name = `Meeting room ${tag}`;
    await signInAsAdmin(page);
    await page.goto(`${KINGSTON}/admin/bookables`);
    await page.getByRole("link", { name: "Add something to book" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Add something to book");

    await fillRoom(page, name, "08:00");
    await page.getByRole("button", { name: "Add it" }).click();
    await expect(page).toHaveTitle(/^Error: Add something to book – /);
    await expect(page.locator("[data-error-summary]")).toContainText("The closing time on Monday must be after the opening time");
    await expect(page.getByLabel("Name", { exact: true })).toHaveValue(name);

    await page.locator("#mondayCloses").fill("17:00");
    await page.getByRole("button", { name: "Add it" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bookable things");
    await page.getByTestId("admin-bookables").getByRole("link", { name }).click();
    const bookablePath = new URL(page.url()).pathname;
    const bookableId = bookablePath.split("/").pop();

    const renamed = `Small meeting room ${tag}`;
    await expect(page.locator("#mondayOpens")).toHaveValue("09:00");
    await page.getByLabel("Name", { exact: true }).fill(renamed);
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByTestId("admin-bookables")).toContainText(renamed);

    const [closing, after] = weekdaysAhead();
    await page.goto(`${KINGSTON}/book/${bookableId}?from=${closing}`);
    await expect(page.getByTestId(`day-${closing}`)).not.toContainText("No times free");

    await page.goto(`${KINGSTON}${bookablePath}`);
    await fillClosure(page, closing);
    await page.getByRole("button", { name: "Save the date's hours" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Success" })).toBeVisible();
    await expect(page.getByTestId("own-hours")).toContainText("Closed all day");

    await page.goto(`${KINGSTON}/book/${bookableId}?from=${closing}`);
    await expect(page.getByTestId(`day-${closing}`)).toContainText("No times free");
    await expect(page.getByTestId(`day-${after}`)).not.toContainText("No times free");

    await page.goto(`${KINGSTON}${bookablePath}`);
    await page.getByRole("button", { name: "Archive it" }).click();
    await expect(page.getByRole("button", { name: "Restore it" })).toBeVisible();
    await page.goto(`${KINGSTON}/book`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("link", { name: renamed })).toHaveCount(0);
  });
});

test("the bookable admin pages pass axe: the list, the new form with its errors, and the change page, with a date's error and its own hours", async ({ page }) => {
  await signInAsAdmin(page);
  await page.goto(`${KINGSTON}/admin/bookables`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bookable things");
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "Add something to book" }).click();
  await page.getByRole("button", { name: "Add it" }).click();
  await expect(page.locator("[data-error-summary]")).toContainText("Choose what kind of thing is booked");
  await expectNoAxeViolations(page);

  const name = `Axe room ${Math.random().toString(36).slice(2, 8)}`;
  await fillRoom(page, name, "17:00");
  await page.getByRole("button", { name: "Add it" }).click();
  await page.getByTestId("admin-bookables").getByRole("link", { name }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Dates with their own hours" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Save the date's hours" }).click();
  await expect(page.locator("[data-error-summary]")).toContainText("Enter the date");
  await expectNoAxeViolations(page);
  await fillClosure(page, weekdaysAhead()[0]);
  await page.getByRole("button", { name: "Save the date's hours" }).click();
  await expect(page.getByTestId("own-hours")).toContainText("Closed all day");
  await expectNoAxeViolations(page);
});
