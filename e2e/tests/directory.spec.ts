import { connectPostgres, councilSchema, councilScope } from "@lgp/db";
import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, siteUrl } from "./support";

const tag = () => Math.random().toString(36).slice(2, 8);

const { categories, helperCategories, helpers, offers, people, postcodes } = councilSchema;

/**
 * Kingston's own offers for this spec, in a category of their own so other specs' offers cannot come
 * between them: three approved volunteers north of the postcode searched for, at known distances, and
 * a fourth, paused, whose offer must not be shown. Written straight to the council's tables (as the
 * helpers' sign-up and the council's approval would leave them) so the spec tests the directory alone.
 * `more` adds that many offers from one more helper, for a second page of results.
 */
async function seedKingston(tag: string, more = 0) {
  const database = await connectPostgres(process.env.E2E_DATABASE_URL!);
  try {
    return await councilScope(database, "kingston").run(async (tx) => {
      // Postcodes outside Kingston's own, so that no demo postcode has other coordinates for them.
      const places = { "KT22 9ZA": 51.4, "KT22 9ZB": 51.41, "KT22 9ZD": 51.425, "KT22 9ZE": 51.405 } as const;
      await tx
        .insert(postcodes)
        .values(Object.entries(places).map(([postcode, latitude]) => ({ postcode, latitude, longitude: -0.3 })))
        .onConflictDoNothing();
      const [category] = await tx.insert(categories).values({ slug: `gardening-${tag}`, name: `Gardening ${tag}`, description: "Help in the garden." }).returning();
      const offered = async (name: string, postcode: keyof typeof places, paused = false, costPence: number | null = null, count = 1) => {
        const [person] = await tx.insert(people).values({ email: `${name.toLowerCase()}-${tag}@example.com` }).returning();
        const [helper] = await tx
          .insert(helpers)
          .values({ kind: "volunteer", personId: person!.id, publicName: name, about: `${name} has a green thumb.`, status: "approved", postcode, latitude: places[postcode], longitude: -0.3, pausedAt: paused ? new Date() : null })
          .returning();
        await tx.insert(helperCategories).values({ helperId: helper!.id, categoryId: category!.id });
        const offer = {
          helperId: helper!.id,
          categoryId: category!.id,
          title: `Garden help from ${name}`,
          description: "Weeding, mowing and tidying.",
          place: "At your home",
          postcode,
          latitude: places[postcode],
          longitude: -0.3,
          times: "Saturday mornings",
          costPence,
          costUnit: costPence ? "per hour" : null,
        };
        await tx.insert(offers).values(Array.from({ length: count }, () => offer));
      };
      await offered("Fern", "KT22 9ZD");
      await offered("Ash", "KT22 9ZB", false, 1250);
      await offered("Rowan", "KT22 9ZE", true);
      if (more > 0) await offered("Hazel", "KT22 9ZD", false, null, more);
      return category!;
    });
  } finally {
    await database.close();
  }
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a resident finds help by kind and postcode, nearest first, and opens an offer, without JavaScript", async ({ page }) => {
    const category = await seedKingston(tag());

    await page.goto(siteUrl("kingston", "/help"));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Find help");
    await page.getByLabel("Kind of help").selectOption(category.slug);
    await page.getByLabel("Postcode").fill("kt22 9za");
    await page.getByRole("button", { name: "Search" }).click();

    await expect(page).toHaveURL(siteUrl("kingston", `/help/search?category=${category.slug}&postcode=kt22+9za`));
    await expect(page).toHaveTitle(/^Search results – /);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${category.name} near KT22 9ZA`);
    const results = page.getByTestId("directory-results").getByRole("listitem");
    await expect(results.getByRole("heading", { level: 2 })).toHaveText(["Garden help from Ash", "Garden help from Fern"]);
    await expect(results.getByTestId("distance")).toHaveText(["1.1 km away", "2.8 km away"]);
    await expect(results.first()).toContainText("£12.50 per hour");
    await expect(results.nth(1)).toContainText("Free");
    await expect(page.getByText("Rowan")).toHaveCount(0);

    await page.getByRole("link", { name: "Garden help from Fern" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Garden help from Fern");
    await expect(page).toHaveTitle(/^Garden help from Fern – /);
    await expect(page.getByTestId("offer-facts")).toContainText("Saturday mornings");
    await expect(page.getByTestId("offer-facts")).toContainText("Fern (Volunteer)");
    await expect(page.getByRole("link", { name: `Ask for help with ${category.name}` })).toHaveAttribute("href", `/help/ask?category=${category.slug}`);
  });

  test("Kingston's demo directory lists its helpers' offers of befriending, nearest first", async ({ page }) => {
    await page.goto(siteUrl("kingston", "/help/search?category=befriending&postcode=KT1+1EU"));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Befriending near KT1 1EU");
    const results = page.getByTestId("directory-results").getByRole("listitem");
    await expect(results.getByRole("heading", { level: 2 })).toHaveText(["A friendly chat over tea", "Weekend walks and talks"]);
    await expect(results.first()).toContainText("Priya (Volunteer)");
  });

  test("a postcode the council does not know is explained beside the field, and a search with no help nearby says so", async ({ page }) => {
    await page.goto(siteUrl("kingston", "/help/search?postcode=KT1"));
    await expect(page).toHaveTitle(/^Error: Search results – /);
    await expect(page.locator("[data-error-summary]")).toContainText("Enter a real postcode, like KT1 1EU");
    await expect(page.locator("#postcode-error")).toContainText("Enter a real postcode, like KT1 1EU");

    await page.goto(siteUrl("kingston", "/help/search?postcode=ZE1+0AA"));
    await expect(page.locator("#postcode-error")).toContainText("We could not find ZE1 0AA in this council's area");

    const category = await seedKingston(tag());
    // A postcode far from every offer in this spec's category.
    const database = await connectPostgres(process.env.E2E_DATABASE_URL!);
    await councilScope(database, "kingston")
      .run((tx) => tx.insert(postcodes).values({ postcode: "YO1 7HH", latitude: 53.96, longitude: -1.08 }).onConflictDoNothing())
      .finally(() => database.close());
    await page.goto(siteUrl("kingston", `/help/search?category=${category.slug}&postcode=YO1+7HH`));
    await expect(page.getByText("We found no help of this kind within 25 km of YO1 7HH.")).toBeVisible();
  });
});

// axe runs in the page, so the same pages are checked with JavaScript on.
test("the directory's pages pass axe: the search, results with their pagination, an error, an offer", async ({ page }) => {
  const category = await seedKingston(tag(), 20);
  const pages = ["/help", `/help/search?category=${category.slug}&postcode=KT22+9ZA`, `/help/search?category=${category.slug}&postcode=KT22+9ZA&page=2`, "/help/search?postcode=KT1", "/help/search?postcode=KT22+9ZA"];
  for (const path of pages) {
    await page.goto(siteUrl("kingston", path));
    await expectNoAxeViolations(page);
  }
  await page.goto(siteUrl("kingston", pages[1]!));
  await expect(page.getByRole("navigation", { name: "Pages of results" })).toBeVisible();
  await page.getByRole("link", { name: "Garden help from Ash" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Garden help from Ash");
  await expectNoAxeViolations(page);
});
