import { connectPostgres, councilSchema, councilScope } from "@lgp/db";
import { expect, test, type Browser } from "@playwright/test";
import { expectNoAxeViolations, signInDirectly, siteUrl, uniqueEmail } from "./support";

const { categories, helperCategories, helpers, needEvents, needs, people, postcodes, roleGrants } = councilSchema;

const ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
const part = () => Array.from({ length: 4 }, () => ALPHABET[Math.floor(Math.random() * ALPHABET.length)]).join("");

/**
 * In Kingston, a category of this spec's own, an approved volunteer covering 5 km, a resident's open
 * request 1.1 km away, and a member of staff: written straight to the council's tables (as the helpers' sign-up, the council's
 * approval and the question pages would leave them) so the spec tests matching alone.
 */
async function seedKingston(tag: string) {
  const database = await connectPostgres(process.env.E2E_DATABASE_URL!);
  try {
    return await councilScope(database, "kingston").run(async (tx) => {
      // A postcode outside Kingston's own, so no demo postcode has other coordinates for it.
      await tx.insert(postcodes).values({ postcode: "KT22 9ZH", latitude: 51.41, longitude: -0.3, wardCode: "E05999999", wardName: "Matching Ward" }).onConflictDoNothing();
      const [category] = await tx.insert(categories).values({ slug: `errands-${tag}`, name: `Errands ${tag}`, description: "Small jobs and errands." }).returning();
      const helperEmail = uniqueEmail("helper");
      const [helperPerson] = await tx.insert(people).values({ email: helperEmail, name: `Sam ${tag}` }).returning();
      const [helper] = await tx
        .insert(helpers)
        .values({ kind: "volunteer", personId: helperPerson!.id, publicName: `Sam ${tag}`, about: "Happy to run errands.", status: "approved", postcode: "KT22 9ZH", latitude: 51.4, longitude: -0.3, radiusKm: 5, capacity: 3 })
        .returning();
      await tx.insert(helperCategories).values({ helperId: helper!.id, categoryId: category!.id });
      const residentEmail = uniqueEmail("resident");
      const residentName = `Rosa ${tag}`;
      const [resident] = await tx.insert(people).values({ email: residentEmail, name: residentName }).returning();
      const reference = `HN-${part()}-${part()}`;
      const [need] = await tx
        .insert(needs)
        .values({
          reference,
          residentId: resident!.id,
          createdBy: resident!.id,
          categoryId: category!.id,
          description: "Collecting a parcel from the post office",
          postcode: "KT22 9ZH",
          latitude: 51.41,
          longitude: -0.3,
          wardCode: "E05999999",
          urgency: "within_days",
          expiresAt: new Date(Date.now() + 28 * 86_400_000),
        })
        .returning();
      await tx.insert(needEvents).values({ needId: need!.id, fromStatus: null, toStatus: "open", actorId: resident!.id, reason: "Asked for help" });
      const staffEmail = uniqueEmail("staff");
      const [staff] = await tx.insert(people).values({ email: staffEmail }).returning();
      await tx.insert(roleGrants).values({ personId: staff!.id, role: "council_staff" });
      return { categoryName: category!.name, staffEmail, helperEmail, helperName: `Sam ${tag}`, residentEmail, residentName, reference };
    });
  } finally {
    await database.close();
  }
}

/**
 * A person signed in twice over: a page with JavaScript off, where the journey is taken, and one with it
 * on, where axe (which runs in the page) checks the same addresses.
 */
async function signedIn(browser: Browser, origin: string, email: string) {
  const withScript = await browser.newContext();
  const on = await withScript.newPage();
  await signInDirectly(on, "kingston", email);
  const off = await (await browser.newContext({ javaScriptEnabled: false, storageState: await withScript.storageState() })).newPage();
  return {
    off,
    async axe() {
      await on.goto(off.url());
      await expectNoAxeViolations(on);
    },
  };
}

test("without JavaScript, a helper offers to help from the feed, the resident accepts, and each sees the other's contact details", async ({ browser }) => {
  // Two people sign in through the outbox and axe checks five pages: longer than one page's test.
  test.setTimeout(180_000);
  const tag = Math.random().toString(36).slice(2, 8);
  const seeded = await seedKingston(tag);
  const origin = siteUrl("kingston").replace(/\/$/, "");

  const helper = await signedIn(browser, origin, seeded.helperEmail);
  await helper.off.goto(`${origin}/helping/needs`);
  await expect(helper.off.getByRole("heading", { level: 1 })).toHaveText("Requests you could help with");
  const request = helper.off.getByRole("listitem").filter({ has: helper.off.getByRole("heading", { name: `${seeded.categoryName} in Matching Ward` }) });
  await expect(request).toContainText("Collecting a parcel from the post office");
  await expect(request).toContainText("About 1 km away");
  await expect(helper.off.locator("main")).not.toContainText(seeded.residentName);
  await expect(helper.off.locator("main")).not.toContainText("KT22 9ZH");
  await helper.axe();

  await request.getByRole("button", { name: /Offer to help/ }).click();
  await expect(helper.off).toHaveURL(/\/matches\/\d+$/);
  const matchUrl = helper.off.url();
  await expect(helper.off.getByText("Waiting for the resident's answer")).toBeVisible();
  await expect(helper.off.getByText("Contact details are shared once the resident accepts the offer.")).toBeVisible();
  await expect(helper.off.locator("main")).not.toContainText(seeded.residentName);
  await expect(helper.off.locator("main")).not.toContainText(seeded.residentEmail);
  await helper.axe();

  const resident = await signedIn(browser, origin, seeded.residentEmail);
  await resident.off.goto(`${origin}/requests/${seeded.reference}`);
  await expect(resident.off.getByRole("heading", { name: `Offer from ${seeded.helperName}` })).toBeVisible();
  await resident.axe();
  await resident.off.getByRole("button", { name: `Accept this offer from ${seeded.helperName}` }).click();
  await expect(resident.off).toHaveURL(matchUrl);
  await expect(resident.off.locator("main")).toContainText(seeded.helperEmail);
  await resident.axe();

  await helper.off.goto(matchUrl);
  await expect(helper.off.getByText("Accepted", { exact: true })).toBeVisible();
  for (const detail of [seeded.residentName, seeded.residentEmail, "KT22 9ZH"]) await expect(helper.off.locator("main")).toContainText(detail);
  await helper.axe();
});

test("without JavaScript, staff propose a suggested helper from a request's page; the batch page waits for review", async ({ browser }) => {
  test.setTimeout(120_000);
  const seeded = await seedKingston(Math.random().toString(36).slice(2, 8));
  const origin = siteUrl("kingston").replace(/\/$/, "");
  const staff = await signedIn(browser, origin, seeded.staffEmail);

  await staff.off.goto(`${origin}/staff/needs/${seeded.reference}`);
  const suggestion = staff.off.getByRole("row").filter({ hasText: seeded.helperName });
  await expect(suggestion).toContainText("1.1 km away");
  await staff.axe();
  await suggestion.getByRole("button", { name: `Propose ${seeded.helperName}` }).click();
  await expect(staff.off.getByRole("heading", { name: `Offer from ${seeded.helperName}` })).toBeVisible();
  await expect(staff.off.getByRole("button", { name: `Propose ${seeded.helperName}` })).toHaveCount(0);
  await expect(staff.off.getByRole("row").filter({ hasText: `Council staff put ${seeded.helperName} forward` })).toBeVisible();

  // Reviewing a batch sends nothing: other specs' requests stay as they are.
  await staff.off.goto(`${origin}/staff/matching`);
  await expect(staff.off.getByRole("heading", { level: 1 })).toHaveText("Batch matching");
  await staff.axe();
});
