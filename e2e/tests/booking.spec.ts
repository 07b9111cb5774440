import { connectPostgres, councilSchema, councilScope } from "@lgp/db";
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, getByHost, PORT, signInDirectly, siteUrl, uniqueEmail } from "./support";

const { bookables, bookings, people, roleGrants } = councilSchema;
const KINGSTON = siteUrl("kingston", "").replace(/\/$/, "");

/**
 * A room of Kingston's own for one test, open every day from 8am to 6pm by the hour with no notice, so
 * tomorrow always has times; and people signed in straight to the council's tables, as sign-in leaves them.
 */
async function setUp(options: { capacity?: number; needsApproval?: boolean } = {}) {
  const tag = Math.random().toString(36).slice(2, 8);
  const database = await connectPostgres(process.env.E2E_DATABASE_URL!);
  try {
    return await councilScope(database, "kingston").run(async (tx) => {
      const [room] = await tx
        .insert(bookables)
        .values({
          kind: options.capacity ? "session" : "room",
          name: `Meeting room ${tag}`,
          location: `Hall ${tag}`,
          durationMinutes: 60,
          horizonDays: 30,
          capacity: options.capacity ?? 1,
          needsApproval: options.needsApproval ?? false,
          openOnBankHolidays: true,
          weekly: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: "08:00", closes: "18:00" })),
        })
        .returning();
      return { room: room!, tag };
    });
  } finally {
    await database.close();
  }
}

async function staffMember(role: "council_staff" | "council_admin" = "council_staff"): Promise<string> {
  const email = uniqueEmail("booking-staff");
  const database = await connectPostgres(process.env.E2E_DATABASE_URL!);
  try {
    await councilScope(database, "kingston").run(async (tx) => {
      const [person] = await tx.insert(people).values({ email }).returning();
      await tx.insert(roleGrants).values({ personId: person!.id, role });
    });
  } finally {
    await database.close();
  }
  return email;
}

/** An accepted match in Kingston (a resident's request, a helper who took it on), written straight to its tables. */
async function acceptedMatch(): Promise<number> {
  const tag = Math.random().toString(36).slice(2, 8);
  const database = await connectPostgres(process.env.E2E_DATABASE_URL!);
  try {
    return await councilScope(database, "kingston").run(async (tx) => {
      const { categories, helpers, matches, needs } = councilSchema;
      const [resident] = await tx.insert(people).values({ email: uniqueEmail("matched-resident") }).returning();
      const [helperPerson] = await tx.insert(people).values({ email: uniqueEmail("matched-helper") }).returning();
      const [category] = await tx.insert(categories).values({ slug: `visits-${tag}`, name: `Visits ${tag}`, description: "Visits at home." }).returning();
      const [helper] = await tx.insert(helpers).values({ kind: "volunteer", personId: helperPerson!.id, publicName: `Hana ${tag}`, status: "approved" }).returning();
      const [need] = await tx
        .insert(needs)
        .values({ reference: `HN-${tag.slice(0, 4).toUpperCase()}-E2E${tag.slice(4, 5).toUpperCase()}`, residentId: resident!.id, createdBy: resident!.id, categoryId: category!.id, description: "A weekly visit", postcode: "KT1 1EU", latitude: 51.4079, longitude: -0.306, urgency: "flexible", status: "matched", expiresAt: new Date(Date.now() + 28 * 86_400_000) })
        .returning();
      const [match] = await tx.insert(matches).values({ needId: need!.id, helperId: helper!.id, proposedBy: resident!.id, status: "accepted" }).returning();
      return match!.id;
    });
  } finally {
    await database.close();
  }
}

/** A helper's offer made bookable in Kingston, open every day from 8am to 6pm. */
async function helpersOffer(): Promise<{ id: number; name: string }> {
  const tag = Math.random().toString(36).slice(2, 8);
  const database = await connectPostgres(process.env.E2E_DATABASE_URL!);
  try {
    return await councilScope(database, "kingston").run(async (tx) => {
      const { categories, helpers, offers } = councilSchema;
      const [person] = await tx.insert(people).values({ email: uniqueEmail("offering") }).returning();
      const [helper] = await tx.insert(helpers).values({ kind: "volunteer", personId: person!.id, publicName: `Omar ${tag}`, status: "approved" }).returning();
      const [category] = await tx.insert(categories).values({ slug: `advice-${tag}`, name: `Advice ${tag}`, description: "Advice." }).returning();
      const [offer] = await tx.insert(offers).values({ helperId: helper!.id, categoryId: category!.id, title: `Benefits advice ${tag}`, description: "Help with forms", place: "Guildhall", postcode: "KT1 1EU", latitude: 51.4079, longitude: -0.306, times: "Weekdays" }).returning();
      const [bookable] = await tx
        .insert(bookables)
        .values({ kind: "offer", name: offer!.title, offerId: offer!.id, helperId: helper!.id, location: "Guildhall", durationMinutes: 60, horizonDays: 30, openOnBankHolidays: true, weekly: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: "08:00", closes: "18:00" })) })
        .returning();
      return { id: bookable!.id, name: bookable!.name };
    });
  } finally {
    await database.close();
  }
}

/** Someone else takes a time straight in the database, as another request would. */
async function takenBySomeoneElse(bookableId: number, startsAt: Date) {
  const database = await connectPostgres(process.env.E2E_DATABASE_URL!);
  try {
    await councilScope(database, "kingston").run(async (tx) => {
      const [person] = await tx.insert(people).values({ email: uniqueEmail("other") }).returning();
      const end = new Date(startsAt.getTime() + 3_600_000);
      await tx.insert(bookings).values({
        reference: `BK-E2E${Math.random().toString(36).slice(2, 4).toUpperCase()}-${Math.random().toString(36).slice(2, 6).toUpperCase()}`,
        bookableId, personId: person!.id, bookedBy: person!.id, startsAt, endsAt: end, blockedFrom: startsAt, blockedUntil: end, exclusive: true, status: "confirmed", idempotencyKey: `e2e-${Math.random()}`,
      });
    });
  } finally {
    await database.close();
  }
}

/** The radio of the first free time on the week's second day (tomorrow), and its value. */
async function tomorrowsFirstTime(page: Page) {
  const day = page.getByTestId(/^day-/).nth(1);
  const first = day.getByRole("radio").first();
  return { radio: first, value: (await first.getAttribute("value"))! };
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a resident chooses a time, confirms it, finds it in their bookings, changes it and cancels it", async ({ page }) => {
    const { room } = await setUp();
    await signInDirectly(page, "kingston", uniqueEmail("booker"));
    await page.goto(`${KINGSTON}/book`);
    await page.getByRole("link", { name: room.name }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Choose a time");

    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page.locator("[data-error-summary]")).toContainText("Choose a time from the list");

    const { radio } = await tomorrowsFirstTime(page);
    await radio.check();
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page.getByText(/We are holding this time for you until/)).toBeVisible();
    await page.getByRole("button", { name: "Confirm booking" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Booking confirmed" })).toBeVisible();
    await expect(page.getByText("Confirmed", { exact: true })).toBeVisible();
    const reference = (await page.getByText(/^BK-/).first().innerText()).trim();

    await page.goto(`${KINGSTON}/bookings`);
    await expect(page.getByTestId("my-bookings")).toContainText(reference);

    await page.getByRole("link", { name: reference }).click();
    // The calendar file is a download, fetched as the browser would, with its session.
    const cookie = (await page.context().cookies(KINGSTON)).map((c) => `${c.name}=${c.value}`).join("; ");
    const calendar = await getByHost(PORT, "kingston.localhost", (await page.getByRole("link", { name: /Add it to your calendar/ }).getAttribute("href"))!, { cookie });
    expect(calendar.status).toBe(200);
    expect(calendar.body).toContain(`UID:${reference}@`);

    await page.getByRole("link", { name: "Change the time" }).click();
    await page.getByTestId(/^day-/).nth(2).getByRole("radio").first().check();
    await page.getByRole("button", { name: "Change to this time" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Booking confirmed" })).toBeVisible();
    const moved = (await page.getByText(/^BK-/).first().innerText()).trim();
    expect(moved).not.toBe(reference);

    await page.getByRole("link", { name: "Cancel this booking" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Are you sure you want to cancel this booking?");
    await page.getByRole("button", { name: "Yes, cancel the booking" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Booking cancelled" })).toBeVisible();
    await expect(page.getByText("Cancelled", { exact: true })).toBeVisible();
  });

  test("a time taken while the resident chose is refused beside the list, with the nearest free times", async ({ page }) => {
    const { room } = await setUp();
    await signInDirectly(page, "kingston", uniqueEmail("late"));
    await page.goto(`${KINGSTON}/book/${room.id}`);
    const { radio, value } = await tomorrowsFirstTime(page);
    await radio.check();
    await takenBySomeoneElse(room.id, new Date(value));
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page).toHaveTitle(/^Error: Choose a time – /);
    await expect(page.locator("[data-error-summary]")).toContainText("That time has just been taken. Choose another time. The nearest free times are");
  });

  test("a resident joins the waiting list for a full time", async ({ page }) => {
    const { room } = await setUp();
    await signInDirectly(page, "kingston", uniqueEmail("waiting"));
    await page.goto(`${KINGSTON}/book/${room.id}`);
    const { value } = await tomorrowsFirstTime(page);
    await takenBySomeoneElse(room.id, new Date(value));
    await page.reload();
    await page.getByRole("link", { name: /^Join the waiting list for/ }).first().click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Join the waiting list");
    await page.getByRole("button", { name: "Join the waiting list" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "You are number 1 on the waiting list" })).toBeVisible();
  });

  test("staff book for a resident, and approve a booking that needs it from their day's list", async ({ page }) => {
    const { room } = await setUp({ needsApproval: true });
    await signInDirectly(page, "kingston", await staffMember());
    await page.goto(`${KINGSTON}/book/${room.id}`);
    const { radio } = await tomorrowsFirstTime(page);
    await radio.check();
    const resident = uniqueEmail("walk-in");
    await page.getByLabel("Resident's email address").fill(resident);
    await page.getByRole("button", { name: "Continue" }).click();
    await page.getByRole("button", { name: "Confirm booking" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Booking request sent" })).toBeVisible();
    await expect(page.getByText(resident)).toBeVisible();
    const reference = (await page.getByText(/^BK-/).first().innerText()).trim();

    const tomorrow = new Date(Date.now() + 86_400_000).toLocaleDateString("en-CA", { timeZone: "Europe/London" });
    await page.goto(`${KINGSTON}/staff/bookings?from=${tomorrow}&view=day&bookable=${room.id}`);
    const row = page.getByRole("row", { name: new RegExp(reference) });
    await row.getByRole("button", { name: "Approve" }).click();
    await expect(page.getByRole("row", { name: new RegExp(reference) })).toContainText("Confirmed");

    await page.goto(`${KINGSTON}/staff/bookings?from=${tomorrow}&view=week`);
    await expect(page.getByTestId(`bookings-${tomorrow}`)).toContainText(reference);
  });
});

test.describe("a person with a room, and sessions from a match, without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a resident books a helper's time with a room, both confirmed together", async ({ page }) => {
    const { room } = await setUp();
    const offer = await helpersOffer();
    await signInDirectly(page, "kingston", uniqueEmail("with-room"));
    await page.goto(`${KINGSTON}/book/${offer.id}`);
    await page.getByRole("link", { name: "Book this with a room" }).click();
    await page.getByLabel(room.name).check();
    await page.getByRole("button", { name: "Show times" }).click();
    await (await tomorrowsFirstTime(page)).radio.check();
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page.getByText(new RegExp(`^${room.name}, `))).toBeVisible();
    await page.getByRole("button", { name: "Confirm booking" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Booking confirmed" })).toBeVisible();
    await page.goto(`${KINGSTON}/bookings`);
    await expect(page.getByTestId("my-bookings").getByRole("row").filter({ hasText: "Confirmed" })).toHaveCount(2);
  });

  test("staff check a weekly series, see the week that is taken with the nearest free times, and book the rest", async ({ page }) => {
    const { room } = await setUp();
    const matchId = await acceptedMatch();
    const inDays = (days: number) => new Date(Date.now() + days * 86_400_000);
    const at10 = (date: Date) => new Date(`${date.toLocaleDateString("en-CA", { timeZone: "Europe/London" })}T10:00:00${londonOffset(date)}`);
    await takenBySomeoneElse(room.id, at10(inDays(8)));
    await signInDirectly(page, "kingston", await staffMember());
    await page.goto(`${KINGSTON}/matches/${matchId}`);
    await page.getByRole("link", { name: "Book sessions for this match" }).click();
    await page.getByRole("button", { name: "Check the times" }).click();
    await expect(page.locator("[data-error-summary]")).toContainText("Choose what the sessions are booked in");
    await page.getByLabel(room.name).check();
    const first = inDays(1);
    const [year, month, day] = first.toLocaleDateString("en-CA", { timeZone: "Europe/London" }).split("-");
    await page.getByLabel("Day").fill(day!);
    await page.getByLabel("Month").fill(month!);
    await page.getByLabel("Year").fill(year!);
    await page.getByLabel("Time").fill("10:00");
    await page.getByLabel("How many weeks?").fill("3");
    await page.getByRole("button", { name: "Check the times" }).click();
    await expect(page.getByTestId("not-free")).toContainText("Taken.");
    await expect(page.getByTestId("not-free")).toContainText("Free nearby:");
    await expect(page.getByRole("checkbox")).toHaveCount(2);
    await page.getByRole("button", { name: "Book these sessions" }).click();
    // Staff land on the first session's week; the third week's session is a fortnight on.
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bookings");
    await expect(page.getByRole("row").filter({ hasText: room.name })).toHaveCount(1);
    const third = inDays(15).toLocaleDateString("en-CA", { timeZone: "Europe/London" });
    await page.goto(`${KINGSTON}/staff/bookings?from=${third}&view=day&bookable=${room.id}`);
    await expect(page.getByRole("row").filter({ hasText: room.name })).toHaveCount(1);
    await page.goto(`${KINGSTON}/staff/bookings?from=${inDays(8).toLocaleDateString("en-CA", { timeZone: "Europe/London" })}&view=day&bookable=${room.id}`);
    await expect(page.getByRole("row").filter({ hasText: room.name })).toHaveCount(1);
  });
});

/** London's UTC offset on a date, "+00:00" or "+01:00". */
function londonOffset(date: Date): string {
  const london = new Date(date.toLocaleString("en-US", { timeZone: "Europe/London" }));
  const utc = new Date(date.toLocaleString("en-US", { timeZone: "UTC" }));
  return (london.getTime() - utc.getTime()) / 3_600_000 >= 1 ? "+01:00" : "+00:00";
}

test("a Kingston booking's address shows nothing on Richmond's site", async ({ page }) => {
  const { room } = await setUp();
  const email = uniqueEmail("isolated");
  await signInDirectly(page, "kingston", email);
  await page.goto(`${KINGSTON}/book/${room.id}`);
  await (await tomorrowsFirstTime(page)).radio.check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(/\/bookings\/\d+$/);
  const path = new URL(page.url()).pathname;
  await signInDirectly(page, "richmond", email);
  const there = await page.goto(siteUrl("richmond", path));
  expect(there?.status()).toBe(404);
  await expect(page.getByText(room.name)).toHaveCount(0);
});

test("the booking pages pass axe: the list, a week of times with an error, a held and a confirmed booking, changing, cancelling, waiting, a time with a room, sessions from a match, staff's day, the settings and the calendar address", async ({ page }) => {
  const { room } = await setUp();
  const staff = await staffMember();
  await signInDirectly(page, "kingston", uniqueEmail("axe"));
  await page.goto(`${KINGSTON}/book`);
  await expectNoAxeViolations(page);
  await page.goto(`${KINGSTON}/book/${room.id}`);
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.locator("[data-error-summary]")).toContainText("Choose a time from the list");
  await expectNoAxeViolations(page);
  const { radio, value } = await tomorrowsFirstTime(page);
  await radio.check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("button", { name: "Confirm booking" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Confirm booking" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Booking confirmed" })).toBeVisible();
  await expectNoAxeViolations(page);
  const bookingPath = new URL(page.url()).pathname;
  for (const path of [`${bookingPath}/change`, `${bookingPath}/cancel`, "/bookings", "/bookings/calendar", `/book/${room.id}/wait?startsAt=${encodeURIComponent(value)}`]) {
    await page.goto(`${KINGSTON}${path}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
  }
  await page.getByRole("button", { name: "Join the waiting list" }).click();
  await expect(page.locator("[data-error-summary]")).toContainText("You have already booked that time");
  await expectNoAxeViolations(page);
  const offer = await helpersOffer();
  await page.goto(`${KINGSTON}/book/${offer.id}/with-room?room=${room.id}`);
  await expect(page.getByRole("heading", { level: 2, name: /is free too/ })).toBeVisible();
  await expectNoAxeViolations(page);

  await signInDirectly(page, "kingston", staff);
  await page.goto(`${KINGSTON}/staff/bookings?view=week`);
  await expectNoAxeViolations(page);
  const matchId = await acceptedMatch();
  await page.goto(`${KINGSTON}/matches/${matchId}/book?bookable=&time=25:00&weeks=0`);
  await expect(page.locator("[data-error-summary]")).toContainText("Enter a time like 10:00 or 14:30");
  await expectNoAxeViolations(page);

  await signInDirectly(page, "kingston", await staffMember("council_admin"));
  await page.goto(`${KINGSTON}/admin/booking`);
  await expectNoAxeViolations(page);
  await page.getByLabel("How long is a time held while someone confirms it?").fill("90");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.locator("[data-error-summary]")).toContainText("Hold a time for 60 minutes or less");
  await expectNoAxeViolations(page);
  await page.getByLabel("How long is a time held while someone confirms it?").fill("15");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Success" })).toBeVisible();
});

