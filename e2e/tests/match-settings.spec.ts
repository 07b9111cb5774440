import { expect, test } from "@playwright/test";
import { councilWithAdmin, expectNoAxeViolations, siteUrl } from "./support";

test("a council admin sets how helpers are ranked, a weight out of range refused beside its field", async ({ page, browser }) => {
  const { name } = await councilWithAdmin(page, browser, "hammersmith");
  await page.goto(siteUrl("hammersmith", "/admin"));
  await page.getByRole("navigation", { name: "Admin sections" }).getByRole("link", { name: "Matching" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Matching");
  await expect(page).toHaveTitle(`Matching – ${name}`);
  await expect(page.getByTestId("gates")).toContainText("they hold the check the category needs, or a stronger one, in date");
  await expect(page.getByLabel("Closeness")).toHaveValue("5");
  await expectNoAxeViolations(page);

  await page.getByLabel("Closeness").fill("11");
  await page.getByLabel("Spreading work fairly").fill("9");
  await page.getByRole("button", { name: "Save matching settings" }).click();
  await expect(page.locator("#distance-error")).toContainText("Enter a weight for closeness of 10 or less");
  await expect(page.locator("[data-error-summary]").getByRole("link", { name: "Enter a weight for closeness of 10 or less" })).toHaveAttribute("href", "#distance");
  await expect(page.getByLabel("Spreading work fairly")).toHaveValue("9");
  await expectNoAxeViolations(page);

  await page.getByLabel("Closeness").fill("8");
  await page.getByRole("button", { name: "Save matching settings" }).click();
  await expect(page.getByRole("alert", { name: "Success" })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Closeness")).toHaveValue("8");
  await expect(page.getByLabel("Spreading work fairly")).toHaveValue("9");
});

test.describe("matching settings without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("are saved with a plain form, and a wrong number of days is refused", async ({ page, browser }) => {
    await councilWithAdmin(page, browser, "kensington");
    await page.goto(siteUrl("kensington", "/admin/matching"));
    await page.getByLabel("Days before an unmet request expires").fill("two weeks");
    await page.getByRole("button", { name: "Save matching settings" }).click();
    await expect(page.locator("#needExpiryDays-error")).toContainText("Enter the number of days, like 28");
    await page.getByLabel("Days before an unmet request expires").fill("14");
    await page.getByRole("button", { name: "Save matching settings" }).click();
    await expect(page.getByRole("alert", { name: "Success" })).toBeVisible();
    await page.goto(siteUrl("kensington", "/admin/matching"));
    await expect(page.getByLabel("Days before an unmet request expires")).toHaveValue("14");
  });
});
