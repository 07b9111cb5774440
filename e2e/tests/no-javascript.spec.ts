import { expect, test } from "@playwright/test";
import { DEMO, siteUrl } from "./support";

test.use({ javaScriptEnabled: false });

for (const council of DEMO) {
  test(`${council.name}'s site works with JavaScript disabled`, async ({ page }) => {
    await page.goto(siteUrl(council.slug));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Find help and support");
    await expect(page.getByRole("heading", { level: 3, name: council.category })).toBeVisible();
    await page.getByRole("link", { name: "Accessibility statement" }).click();
    await expect(page).toHaveURL(siteUrl(council.slug, "/accessibility"));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Accessibility statement");
    await page.getByRole("link", { name: council.name }).click();
    await expect(page).toHaveURL(siteUrl(council.slug));
  });
}
