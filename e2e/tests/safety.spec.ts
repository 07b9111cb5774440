import { connectPostgres, councilSchema, councilScope } from "@lgp/db";
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, signInDirectly, siteUrl, uniqueEmail } from "./support";

const { categories, helpers, matches, needs, people, roleGrants } = councilSchema;

/**
 * A match in Kingston between a resident and a volunteer, in `status`, and a safeguarding lead: written
 * straight to the council's tables (as asking for help, offering and accepting would leave them), so
 * the spec tests trust and safety alone.
 */
async function seedMatch(status: "accepted" | "ended") {
  const tag = Math.random().toString(36).slice(2, 10).toUpperCase().padEnd(8, "Z");
  const emails = { resident: uniqueEmail("resident"), volunteer: uniqueEmail("volunteer"), lead: uniqueEmail("lead"), staff: uniqueEmail("staff") };
  const database = await connectPostgres(process.env.E2E_DATABASE_URL!);
  try {
    return await councilScope(database, "kingston").run(async (tx) => {
      const [resident, volunteer, lead, staff] = await tx
        .insert(people)
        .values([{ email: emails.resident, name: "Rita Resident" }, { email: emails.volunteer, name: "Val" }, { email: emails.lead, name: "Sam Lead" }, { email: emails.staff }])
        .returning();
      await tx.insert(roleGrants).values([
        { personId: lead!.id, role: "safeguarding_lead" },
        { personId: staff!.id, role: "council_staff" },
      ]);
      const [category] = await tx.insert(categories).values({ slug: `errands-${tag.toLowerCase()}`, name: `Errands ${tag}` }).returning();
      const [need] = await tx
        .insert(needs)
        .values({
          reference: `HN-${tag.slice(0, 4)}-${tag.slice(4, 8)}`,
          residentId: resident!.id,
          createdBy: resident!.id,
          categoryId: category!.id,
          description: "Shopping on Tuesdays",
          postcode: "KT1 1EU",
          latitude: 51.4079,
          longitude: -0.306,
          urgency: "flexible",
          status: status === "ended" ? "done" : "matched",
          expiresAt: new Date(Date.now() + 28 * 86_400_000),
        })
        .returning();
      const [helper] = await tx.insert(helpers).values({ kind: "volunteer", personId: volunteer!.id, publicName: `Val ${tag}`, status: "approved", postcode: "KT1 1EU", latitude: 51.4079, longitude: -0.306 }).returning();
      const [match] = await tx.insert(matches).values({ needId: need!.id, helperId: helper!.id, proposedBy: volunteer!.id, status }).returning();
      return { emails, matchId: match!.id, helperName: helper!.publicName, needReference: need!.reference };
    });
  } finally {
    await database.close();
  }
}

const heading = (page: Page) => page.getByRole("heading", { level: 1 });

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a resident raises a concern from their match and a safeguarding lead works it: notes, pause, resume, outcome", async ({ page, browser }) => {
    const seeded = await seedMatch("accepted");
    await signInDirectly(page, "kingston", seeded.emails.resident);
    await page.goto(siteUrl("kingston", `/matches/${seeded.matchId}/concern`));
    await expect(heading(page)).toHaveText("Raise a concern");
    await expect(page).toHaveTitle(/^Raise a concern – /);
    await page.getByRole("button", { name: "Send your concern" }).click();
    await expect(page).toHaveTitle(/^Error: Raise a concern – /);
    await expect(page.locator("#details-error")).toContainText("Enter what worries you");
    await page.getByLabel("What worries you?").fill("They asked me for my bank card.");
    await page.getByRole("button", { name: "Send your concern" }).click();
    await expect(heading(page)).toHaveText("Concern sent");
    const reference = (await page.getByTestId("concern-reference").textContent())!;
    expect(reference).toMatch(/^SG-[0-9A-Z]{4}-[0-9A-Z]{4}$/);

    const lead = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await signInDirectly(lead, "kingston", seeded.emails.lead);
    await lead.goto(siteUrl("kingston", "/account"));
    await lead.getByRole("link", { name: "Concerns" }).click();
    await expect(heading(lead)).toHaveText("Concerns");
    await lead.getByRole("link", { name: reference }).click();
    await expect(heading(lead)).toHaveText(`Concern ${reference}`);
    await expect(lead.getByTestId("case")).toContainText("They asked me for my bank card.");
    await expect(lead.getByTestId("case")).toContainText(seeded.needReference);

    await lead.getByLabel("Add a note").fill("Called the resident.");
    await lead.getByRole("button", { name: "Add note" }).click();
    await expect(lead.getByTestId("notes")).toContainText("Called the resident.");

    await lead.getByRole("link", { name: `Pause ${seeded.helperName}` }).click();
    await expect(heading(lead)).toHaveText(`Pause ${seeded.helperName}`);
    await lead.getByRole("button", { name: "Pause helper" }).click();
    await expect(lead.locator("#reason-error")).toContainText("Enter why you are pausing this helper");
    await lead.getByLabel("Why are you pausing them?").fill("Looking into the concern");
    await lead.getByRole("button", { name: "Pause helper" }).click();
    await expect(heading(lead)).toHaveText(`Concern ${reference}`);
    await expect(lead.getByTestId("case")).toContainText("On hold");
    await expect(lead.getByTestId("case")).toContainText("Looking into the concern");

    await lead.getByRole("link", { name: `Resume ${seeded.helperName}` }).click();
    await lead.getByRole("button", { name: "Resume helper" }).click();
    await expect(lead.getByTestId("case")).toContainText("Accepted");

    await lead.getByLabel("Outcome").fill("Spoke to both; no further action.");
    await lead.getByRole("button", { name: "Close concern" }).click();
    await expect(lead.getByTestId("case")).toContainText("Closed");
    await expect(lead.getByLabel("Add a note")).toHaveCount(0);
  });

  test("a resident rates help that is done, once, and someone outside the match finds neither page", async ({ page, browser }) => {
    const seeded = await seedMatch("ended");
    await signInDirectly(page, "kingston", seeded.emails.resident);
    await page.goto(siteUrl("kingston", `/matches/${seeded.matchId}/rating`));
    await expect(heading(page)).toHaveText("Rate this help");
    await page.getByRole("button", { name: "Send your rating" }).click();
    await expect(page.locator("#stars-error")).toContainText("Choose how many stars");
    await page.getByLabel("4 stars – good").check();
    await page.getByLabel("Anything you want to say about it (optional)").fill("Kind and on time.");
    await page.getByRole("button", { name: "Send your rating" }).click();
    await expect(page.getByText("4 stars out of 5")).toBeVisible();
    await expect(page.getByText("Kind and on time.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Send your rating" })).toHaveCount(0);

    const stranger = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await signInDirectly(stranger, "kingston", uniqueEmail("stranger"));
    for (const path of [`/matches/${seeded.matchId}/rating`, `/matches/${seeded.matchId}/concern`]) {
      const response = await stranger.goto(siteUrl("kingston", path));
      expect(response!.status(), path).toBe(404);
    }
  });
});

test("other council staff have no link to the safeguarding queue and cannot open it", async ({ page }) => {
  const seeded = await seedMatch("accepted");
  await signInDirectly(page, "kingston", seeded.emails.staff);
  await page.goto(siteUrl("kingston", "/account"));
  await expect(page.getByRole("link", { name: "Look up a person" }).first()).toBeVisible();
  await expect(page.getByRole("link", { name: "Concerns" })).toHaveCount(0);
  expect((await page.goto(siteUrl("kingston", "/staff/concerns")))!.status()).toBe(403);
});

test("every council page's footer carries the ONS attribution for the postcode data", async ({ page }) => {
  await page.goto(siteUrl("sutton", "/"));
  const footer = page.getByRole("contentinfo");
  await expect(footer).toContainText("Contains OS data © Crown copyright and database right 2026");
  await expect(footer).toContainText("Contains Royal Mail data © Royal Mail copyright and database right 2026");
  await expect(footer).toContainText("Source: Office for National Statistics licensed under the Open Government Licence v.3.0");
});

// axe runs in the page, so the same pages are checked with JavaScript on.
test("the concern, rating and safeguarding pages pass axe", async ({ page, browser }) => {
  const seeded = await seedMatch("ended");
  await signInDirectly(page, "kingston", seeded.emails.resident);
  for (const path of [`/matches/${seeded.matchId}/concern`, `/matches/${seeded.matchId}/rating`]) {
    await page.goto(siteUrl("kingston", path));
    await expectNoAxeViolations(page);
  }
  await page.goto(siteUrl("kingston", `/matches/${seeded.matchId}/concern`));
  await page.getByLabel("What worries you?").fill("Something worried me.");
  await page.getByRole("button", { name: "Send your concern" }).click();
  await expect(heading(page)).toHaveText("Concern sent");
  await expectNoAxeViolations(page);
  const reference = (await page.getByTestId("concern-reference").textContent())!;

  const lead = await (await browser.newContext()).newPage();
  await signInDirectly(lead, "kingston", seeded.emails.lead);
  for (const path of ["/staff/concerns", `/staff/concerns/${reference}`, `/staff/concerns/${reference}/pause`, "/staff/concerns?status=closed"]) {
    await lead.goto(siteUrl("kingston", path));
    await expectNoAxeViolations(lead);
  }
});
