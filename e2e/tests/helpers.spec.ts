import { connectPostgres, councilSchema, councilScope } from "@lgp/db";
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, signInDirectly, siteUrl, uniqueEmail } from "./support";

const heading = (page: Page) => page.getByRole("heading", { level: 1 });

/** A member of Kingston's staff, written straight to its tables: the spec tests signing up and approving alone. */
async function seedStaff(): Promise<string> {
  const email = uniqueEmail("staff");
  const database = await connectPostgres(process.env.E2E_DATABASE_URL!);
  try {
    await councilScope(database, "kingston").run(async (tx) => {
      const [person] = await tx.insert(councilSchema.people).values({ email }).returning();
      await tx.insert(councilSchema.roleGrants).values({ personId: person!.id, role: "council_staff" });
    });
  } finally {
    await database.close();
  }
  return email;
}

/** A Kingston organisation with an owner and a member, written straight to its tables. */
async function seedOrganisation(): Promise<{ name: string; owner: string; member: string }> {
  const name = `Surbiton Good Neighbours ${Math.random().toString(36).slice(2, 8)}`;
  const owner = uniqueEmail("owner");
  const member = uniqueEmail("member");
  const database = await connectPostgres(process.env.E2E_DATABASE_URL!);
  try {
    await councilScope(database, "kingston").run(async (tx) => {
      const { organisations, people, roleGrants } = councilSchema;
      const [organisation] = await tx.insert(organisations).values({ name, kind: "voluntary_group", charityNumber: "1123456" }).returning();
      const [ownerPerson, memberPerson] = await tx.insert(people).values([{ email: owner }, { email: member }]).returning();
      await tx.insert(roleGrants).values([
        { personId: ownerPerson!.id, role: "provider_owner", organisationId: organisation!.id },
        { personId: memberPerson!.id, role: "provider_member", organisationId: organisation!.id },
      ]);
    });
  } finally {
    await database.close();
  }
  return { name, owner, member };
}

/**
 * axe on the page `page` shows, seen by the same person in a browser with JavaScript (axe runs as a
 * script, and hangs where scripts are off); `then` does something there first, like sending a form.
 */
async function expectAccessible(page: Page, then?: (seen: Page) => Promise<void>) {
  const context = await page.context().browser()!.newContext({ javaScriptEnabled: true, storageState: await page.context().storageState() });
  try {
    const seen = await context.newPage();
    await seen.goto(page.url());
    await then?.(seen);
    await expectNoAxeViolations(seen);
  } finally {
    await context.close();
  }
}

/** Opens a task from the task list, checks the page, fills it in with `fill`, saves and is back on the list. */
async function doTask(page: Page, task: string, fill: () => Promise<void>) {
  await page.getByRole("link", { name: task }).click();
  await expect(heading(page)).toHaveText(task);
  await expect(page).toHaveTitle(new RegExp(`^${task} – `));
  await expectAccessible(page);
  await fill();
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(heading(page)).toHaveText("Sign up to help");
  await expect(page.locator("li", { has: page.getByRole("link", { name: task }) })).toContainText("Completed");
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a resident signs up to volunteer through the task list, and staff approve them and record a DBS check", async ({ page, browser }) => {
    // Two dozen pages and fourteen axe runs, two people signing in.
    test.setTimeout(240_000);
    const name = `Robin ${Math.random().toString(36).slice(2, 8)}`;
    await signInDirectly(page, "kingston", uniqueEmail("volunteer"));
    await page.goto(siteUrl("kingston", "/helping"));
    await expect(heading(page)).toHaveText("Helping in your area");
    await expectAccessible(page);
    await page.getByRole("link", { name: "Sign up to help" }).click();
    await expect(heading(page)).toHaveText("Sign up to help");
    await page.getByRole("button", { name: "Start" }).click();
    await expect(page.getByText("You have completed 0 of 7 sections.")).toBeVisible();
    await expectAccessible(page);

    // A task refused comes back with its errors, and saves nothing.
    await page.getByRole("link", { name: "When you are free" }).click();
    await page.getByRole("button", { name: "Save and continue" }).click();
    await expect(page.locator("[data-error-summary]")).toContainText("Choose at least one part of the week when you are free");
    await expect(page).toHaveTitle(/^Error: When you are free – /);
    await expectAccessible(page, async (seen) => {
      await seen.getByRole("button", { name: "Save and continue" }).click();
      await expect(seen.locator("[data-error-summary]")).toContainText("Choose at least one part of the week when you are free");
    });
    await page.getByRole("link", { name: "Back to your sign-up" }).click();

    await doTask(page, "Your details", async () => {
      await page.getByLabel("The name residents will see").fill(name);
      await page.getByLabel("About you").fill("Retired teacher, happy to chat and run errands.");
    });
    await doTask(page, "Where you help", async () => {
      await page.getByLabel("Around a postcode").check();
      await page.getByLabel("Postcode you help from").fill("kt1 1eu");
      await page.getByLabel("How far will you travel, in kilometres?").fill("3");
    });
    await doTask(page, "When you are free", async () => {
      await page.getByLabel("Monday morning").check();
      await page.getByLabel("Saturday afternoon").check();
    });
    await doTask(page, "What you help with", async () => {
      await page.getByLabel("Befriending", { exact: true }).check();
    });
    await doTask(page, "How many people at once", async () => {
      await page.getByLabel("How many people can you help at the same time?").fill("2");
    });
    await doTask(page, "Languages and access", async () => {
      await page.getByLabel("Which languages do you speak?").fill("English, Polish");
      await page.getByLabel("I would rather not say").check();
    });
    await doTask(page, "How you hear of new needs", async () => {
      await page.getByLabel("In one email a day").check();
    });

    await page.getByRole("link", { name: "Check your answers and send" }).click();
    await expect(heading(page)).toHaveText("Check your answers and send");
    await expect(page.getByTestId("sign-up-answers")).toContainText("Within 3 km of KT1 1EU");
    await expect(page.getByTestId("sign-up-answers")).toContainText("Befriending (Enhanced DBS check)");
    await expectAccessible(page);
    await page.getByRole("button", { name: "Send to the council" }).click();
    await expect(heading(page)).toHaveText("Sign-up sent");
    await expectAccessible(page);
    await page.goto(siteUrl("kingston", "/helping"));
    await expect(page.getByText("Waiting for the council")).toBeVisible();

    const staffContext = await browser.newContext({ javaScriptEnabled: false });
    const staff = await staffContext.newPage();
    await signInDirectly(staff, "kingston", await seedStaff());
    await staff.goto(siteUrl("kingston", "/staff/helpers"));
    await expect(heading(staff)).toHaveText("Helpers");
    await expectAccessible(staff);
    await staff.getByTestId("helpers-waiting").getByRole("link", { name }).click();
    await expect(heading(staff)).toHaveText(name);
    await expect(staff.getByTestId("not-matched-in")).toContainText("Befriending (no enhanced DBS check recorded)");
    await expectAccessible(staff);

    await staff.getByRole("button", { name: "Approve" }).click();
    await expect(staff.getByTestId("helper-details")).toContainText("Approved");

    // A certificate number of the wrong length is refused beside its field.
    await staff.getByLabel("Enhanced DBS check", { exact: true }).check();
    await staff.getByLabel("Certificate number").fill("12345");
    await staff.getByRole("group", { name: "Date the certificate was issued" }).getByLabel("Day").fill("1");
    await staff.getByRole("group", { name: "Date the certificate was issued" }).getByLabel("Month").fill("2");
    await staff.getByRole("group", { name: "Date the certificate was issued" }).getByLabel("Year").fill("2026");
    await staff.getByRole("radio", { name: "Yes" }).check();
    await staff.getByRole("button", { name: "Record the check" }).click();
    await expect(staff.locator("#certificateNumber-error")).toContainText("Enter the 12-digit DBS certificate number");
    await expectAccessible(staff, async (seen) => {
      await seen.getByRole("button", { name: "Record the check" }).click();
      await expect(seen.locator("[data-error-summary]")).toContainText("Enter the date the certificate was issued");
    });

    await staff.getByLabel("Certificate number").fill("0012 3456 7890");
    await staff.getByRole("button", { name: "Record the check" }).click();
    const records = staff.getByTestId("vetting-records");
    await expect(records).toContainText("001234567890");
    await expect(records).toContainText("1 February 2029");
    await expect(staff.getByTestId("not-matched-in")).toHaveCount(0);
    await expectAccessible(staff);
    await staffContext.close();

    await page.goto(siteUrl("kingston", "/helping"));
    await expect(page.getByText("Approved", { exact: true })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Ratings from residents" })).toBeVisible();
    await expect(page.getByText("No ratings yet.")).toBeVisible();

    // Approved, they still choose how they hear of new needs, on a page of its own.
    await page.getByRole("link", { name: "Change how you hear of new needs" }).click();
    await expect(heading(page)).toHaveText("How you hear of new needs");
    await expect(page).toHaveTitle(/^How you hear of new needs – /);
    await expect(page.getByLabel("In one email a day")).toBeChecked();
    await expectAccessible(page);
    await page.getByLabel("Do not email me: I will look at the list myself").check();
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(page.getByText("Your changes are saved.")).toBeVisible();
    await expect(page.getByLabel("Do not email me: I will look at the list myself")).toBeChecked();
    await expectAccessible(page);
    await page.getByRole("link", { name: "Helping in your area" }).click();
    await expect(heading(page)).toHaveText("Helping in your area");
    await expect(page.getByText("Do not email me: I will look at the list myself")).toBeVisible();

    // When they are free changes too, without the council approving them again; who they are does not.
    await expect(page.getByRole("link", { name: "Change your details" })).toHaveCount(0);
    await page.getByRole("link", { name: "Change when you are free" }).click();
    await expect(heading(page)).toHaveText("When you are free");
    await expect(page.getByLabel("Saturday afternoon")).toBeChecked();
    await expectAccessible(page);
    await page.getByLabel("Saturday afternoon").uncheck();
    await page.getByLabel("Tuesday evening").check();
    await page.getByRole("button", { name: "Save and continue" }).click();
    await expect(heading(page)).toHaveText("Helping in your area");
    await expect(page.getByText("Approved", { exact: true })).toBeVisible();
    await page.getByRole("link", { name: "Change when you are free" }).click();
    await expect(page.getByLabel("Tuesday evening")).toBeChecked();
    await expect(page.getByLabel("Saturday afternoon")).not.toBeChecked();
  });

  test("an organisation's owner signs it up through the same task list, and its member acts for it too", async ({ page, browser }) => {
    test.setTimeout(180_000);
    const { name, owner, member } = await seedOrganisation();
    await signInDirectly(page, "kingston", owner);
    await page.goto(siteUrl("kingston", "/helping/sign-up"));
    await expect(heading(page)).toHaveText("Sign up to help");
    await expectAccessible(page);
    await page.getByLabel(name).check();
    await page.getByRole("button", { name: "Start" }).click();
    await expect(page.getByText("You have completed 0 of 7 sections.")).toBeVisible();

    await doTask(page, "Your details", async () => {
      await page.getByLabel("The name residents will see").fill(name);
      await page.getByLabel("About you").fill("Neighbours who visit, call and run errands.");
    });
    await doTask(page, "Where you help", async () => {
      await page.getByLabel("Around a postcode").check();
      await page.getByLabel("Postcode you help from").fill("KT1 1EU");
      await page.getByLabel("How far will you travel, in kilometres?").fill("5");
    });
    await doTask(page, "When you are free", async () => {
      await page.getByLabel("Wednesday afternoon").check();
    });
    await doTask(page, "What you help with", async () => {
      await page.getByLabel("Befriending", { exact: true }).check();
    });
    await doTask(page, "How many people at once", async () => {
      await page.getByLabel("How many people can you help at the same time?").fill("6");
    });
    await doTask(page, "Languages and access", async () => {
      await page.getByLabel("Which languages do you speak?").fill("English");
      await page.getByLabel("I would rather not say").check();
    });
    await doTask(page, "How you hear of new needs", async () => {
      await page.getByLabel("In one email a day").check();
    });
    await page.getByRole("link", { name: "Check your answers and send" }).click();
    await page.getByRole("button", { name: "Send to the council" }).click();
    await expect(heading(page)).toHaveText("Sign-up sent");

    // The member, in a browser of their own, finds the organisation's sign-up as theirs to act for.
    const memberContext = await browser.newContext({ javaScriptEnabled: false });
    const memberPage = await memberContext.newPage();
    await signInDirectly(memberPage, "kingston", member);
    await memberPage.goto(siteUrl("kingston", "/helping"));
    await expect(memberPage.getByRole("heading", { level: 2, name })).toBeVisible();
    await expect(memberPage.getByText("Waiting for the council")).toBeVisible();
    await memberContext.close();
  });
});
