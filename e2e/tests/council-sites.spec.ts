import { expect, test } from "@playwright/test";
import { DEMO, expectNoAxeViolations, siteUrl } from "./support";

for (const council of DEMO) {
  test.describe(`${council.name}'s site`, () => {
    test("shows its own name, brand colour and categories, and none of another council's", async ({ page }) => {
      const response = await page.goto(siteUrl(council.slug));
      expect(response?.status()).toBe(200);
      await expect(page.getByRole("banner")).toContainText(council.name);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Find help and support");
      await expect(page.getByRole("heading", { level: 3, name: council.category })).toBeVisible();
      const background = await page.getByRole("banner").evaluate((el) => getComputedStyle(el).backgroundColor);
      expect(background).toBe(council.brand);
      const text = await page.locator("body").innerText();
      for (const other of DEMO.filter((d) => d.slug !== council.slug)) {
        expect(text).not.toContain(other.name);
        expect(text).not.toContain(other.category);
      }
      await expect(page).toHaveTitle(`Find help and support – ${council.name}`);
    });

    test("home page and accessibility statement pass axe (WCAG 2.2 AA)", async ({ page }) => {
      await page.goto(siteUrl(council.slug));
      await expectNoAxeViolations(page);
      await page.goto(siteUrl(council.slug, "/accessibility"));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Accessibility statement");
      await expect(page.getByRole("main")).toContainText(council.name);
      await expectNoAxeViolations(page);
    });
  });
}

test("a council's page-not-found is in its brand, with a 404 status, and passes axe", async ({ page }) => {
  const response = await page.goto(siteUrl("kingston", "/no-such-page"));
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await expect(page.getByRole("banner")).toContainText("Royal Borough of Kingston upon Thames");
  await expectNoAxeViolations(page);
});

test("the skip link is the first thing a keyboard reaches and moves focus to the main content", async ({ page }) => {
  await page.goto(siteUrl("richmond"));
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to main content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
});
