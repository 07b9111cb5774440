import { connectPostgres, councilSchema, councilScope } from "@lgp/db";
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, signInDirectly, siteUrl, uniqueEmail } from "./support";

const { categories, helperCategories, helpers, people, postcodes } = councilSchema;

const KINGSTON = siteUrl("kingston", "").replace(/\/$/, "");

/**
 * A volunteer on Kingston's site, approved by the council, helping in a category of their own: written
 * straight to the council's tables, as sign-up and approval would leave them, so this spec tests offers alone.
 */
async function approvedVolunteer() {
  const tag = Math.random().toString(36).slice(2, 8);
  const email = uniqueEmail("volunteer");
  const database = await connectPostgres(process.env.E2E_DATABASE_URL!);
  try {
    const category = await councilScope(database, "kingston").run(async (tx) => {
      await tx.insert(postcodes).values({ postcode: "KT22 9ZA", latitude: 51.4, longitude: -0.3 }).onConflictDoNothing();
      const [person] = await tx.insert(people).values({ email }).returning();
      const [helper] = await tx.insert(helpers).values({ kind: "volunteer", personId: person!.id, publicName: `Robin ${tag}`, status: "approved", postcode: "KT22 9ZA", latitude: 51.4, longitude: -0.3 }).returning();
      const [category] = await tx.insert(categories).values({ slug: `odd-jobs-${tag}`, name: `Odd jobs ${tag}`, description: "Small jobs around the home." }).returning();
      await tx.insert(helperCategories).values({ helperId: helper!.id, categoryId: category!.id });
      return category!;
    });
    return { email, category };
  } finally {
    await database.close();
  }
}

async function fillOffer(page: Page, category: string) {
  await page.getByLabel("Title").fill("Shelves put up");
  await page.getByLabel(category).check();
  await page.getByLabel("What you provide").fill("Shelves, curtain rails and pictures put up safely.");
  await page.getByLabel("Where the help happens").fill("At your home");
  await page.getByLabel("When you can help").fill("Weekday evenings");
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a volunteer publishes an offer, is told what is wrong first, then changes, withdraws and publishes it again", async ({ page }) => {
    const { email, category } = await approvedVolunteer();
    await signInDirectly(page, "kingston", email);
    await page.goto(`${KINGSTON}/helping/offers`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your offers of help");
    await expect(page.getByText("You have no offers yet.")).toBeVisible();
    await page.getByRole("main").getByRole("link", { name: "Offer help" }).click();

    await fillOffer(page, category.name);
    await page.getByLabel("It has a cost").check();
    await page.getByLabel("Cost in pounds").fill("0");
    await page.getByRole("button", { name: "Publish offer" }).click();
    await expect(page).toHaveTitle(/^Error: Offer help – /);
    await expect(page.locator("[data-error-summary]")).toContainText("Enter a cost of more than £0, or choose Free");
    await expect(page.locator("[data-error-summary]")).toContainText("Enter what the cost is for, like per hour or per visit");

    await page.getByLabel("Cost in pounds").fill("£15");
    await page.getByLabel("What the cost is for").fill("per visit");
    await page.getByRole("button", { name: "Publish offer" }).click();
    await expect(page).toHaveURL(`${KINGSTON}/helping/offers`);
    const row = page.getByRole("row", { name: /Shelves put up/ });
    await expect(row).toContainText("In the directory");

    await page.goto(siteUrl("kingston", `/help/search?category=${category.slug}&postcode=KT22+9ZA`));
    await expect(page.getByTestId("directory-results")).toContainText("£15 per visit");

    await page.goto(`${KINGSTON}/helping/offers`);
    await page.getByRole("link", { name: "Change Shelves put up" }).click();
    await expect(page.getByLabel("Cost in pounds")).toHaveValue("15");
    await page.getByLabel("Title").fill("Shelves and pictures put up");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByRole("row", { name: /Shelves and pictures put up/ })).toContainText("In the directory");

    await page.getByRole("link", { name: "Change Shelves and pictures put up" }).click();
    await page.getByRole("button", { name: "Withdraw offer" }).click();
    await expect(page.getByRole("row", { name: /Shelves and pictures put up/ })).toContainText("Withdrawn");
    await page.goto(siteUrl("kingston", `/help/search?category=${category.slug}&postcode=KT22+9ZA`));
    await expect(page.getByText("We found no help of this kind within 25 km of KT22 9ZA.")).toBeVisible();

    await page.goto(`${KINGSTON}/helping/offers`);
    await page.getByRole("link", { name: "Change Shelves and pictures put up" }).click();
    await page.getByRole("button", { name: "Publish again" }).click();
    await expect(page.getByRole("row", { name: /Shelves and pictures put up/ })).toContainText("In the directory");
  });
});

// axe runs in the page, so the helper's pages are checked with JavaScript on.
test("a helper's offer pages pass axe: the list, a new offer with its errors, and a change", async ({ page }) => {
  const { email, category } = await approvedVolunteer();
  await signInDirectly(page, "kingston", email);
  await page.goto(`${KINGSTON}/helping/offers`);
  await expectNoAxeViolations(page);
  await page.getByRole("main").getByRole("link", { name: "Offer help" }).click();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Publish offer" }).click();
  await expect(page.locator("[data-error-summary]")).toContainText("Enter a title for your offer");
  await expectNoAxeViolations(page);
  await fillOffer(page, category.name);
  await page.getByLabel("Free").check();
  await page.getByRole("button", { name: "Publish offer" }).click();
  await expect(page).toHaveURL(`${KINGSTON}/helping/offers`);
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Change Shelves put up" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Change your offer");
  await expectNoAxeViolations(page);
});
