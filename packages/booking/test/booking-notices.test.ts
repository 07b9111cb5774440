import { councilSchema, councilScope, type Tx } from "@lgp/db";
import { sendEmailJob, type Email } from "@lgp/email";
import { startJobs, type Jobs } from "@lgp/jobs";
import { londonToInstant, Temporal } from "@lgp/time";
import { asc, eq } from "drizzle-orm";
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tellBookingCancelled, tellBookingConfirmed } from "../src/booking-notices";
import { cancelBooking, decideBooking } from "../src/changes";
import type { CouncilMail } from "@lgp/councils";
import { holdTime } from "../src/hold";
import { testCouncils } from "./support/councils";
import { aBooking, aPerson, aRoom, key, NOW, refusal } from "./support/seed";

const { emails, people } = councilSchema;
const councils = testCouncils("booking-notices", ["sutton"]);

// Enqueue only: the emails queued are read from the council's emails table.
let jobs: Jobs;
beforeAll(async () => {
  jobs = await startJobs(councils.database, [sendEmailJob], { work: false });
});
afterAll(async () => jobs?.stop());

const mail = (): CouncilMail => ({
  scope: councilScope(councils.database, "sutton"),
  sender: { name: "London Borough of Sutton", brandColour: "#005eb8", brandTextColour: "#ffffff" },
  siteUrl: "http://sutton.localhost",
});

/** Tuesday 1 June 2027 at 10:00 London: British Summer Time, so 09:00 UTC. */
const june1 = londonToInstant(Temporal.PlainDate.from("2027-06-01"), Temporal.PlainTime.from("10:00"));

async function emailsTo(tx: Tx, personId: number): Promise<Email[]> {
  const [person] = await tx.select({ email: people.email }).from(people).where(eq(people.id, personId));
  const rows = await tx.select({ message: emails.message }).from(emails).where(eq(emails.recipient, person!.email)).orderBy(asc(emails.id));
  return rows.map((r) => r.message as Email);
}

/** The one event of an .ics text as ical.js reads it, its VTIMEZONE registered first. */
function eventIn(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(zone);
  const [component, ...others] = calendar.getAllSubcomponents("vevent");
  expect(others).toEqual([]);
  const event = new ICAL.Event(component!);
  return {
    calendarName: calendar.getFirstPropertyValue("x-wr-calname"),
    uid: event.uid,
    start: Temporal.Instant.fromEpochMilliseconds(event.startDate.toJSDate().getTime()),
    status: component!.getFirstPropertyValue("status"),
  };
}

describe("telling a person their booking is confirmed", () => {
  it("queues the email with the booking's .ics attached, starting at the booking's instant", async () => {
    await councils.run("sutton", async (tx) => {
      const rita = await aPerson(tx, "Rita");
      const room = await aRoom(tx, { postcode: "SM1 1EA" });
      const booking = await aBooking(tx, room.id, rita, june1);
      await tellBookingConfirmed(tx, mail(), booking.id);

      const [email, ...others] = await emailsTo(tx, rita);
      expect(others).toEqual([]);
      expect(email).toMatchObject({ kind: "booking-confirmed", subject: "Booking confirmed: Community room on Tuesday 1 June 2027 at 10am" });
      expect(email!.text).toContain("Where: Guildhall, High Street, SM1 1EA.");
      expect(email!.text).toContain(`Your booking reference is ${booking.reference}.`);
      expect(email!.text).toContain(`View or change your booking: http://sutton.localhost/bookings/${booking.id}`);
      expect(email!.text).toContain(`Add it to your calendar: http://sutton.localhost/bookings/${booking.id}/calendar.ics`);

      expect(email!.attachments).toEqual([{ filename: `booking-${booking.reference}.ics`, contentType: "text/calendar; charset=utf-8; method=PUBLISH", content: expect.any(String) }]);
      const event = eventIn(email!.attachments![0]!.content);
      expect(event.start.toString()).toBe("2027-06-01T09:00:00Z");
      expect(event).toMatchObject({ calendarName: "London Borough of Sutton", uid: `${booking.reference}@sutton.localhost`, status: "CONFIRMED" });
    });
  });

  it("tells a person whose booking waits for approval that staff must approve it, with no calendar file until they do", async () => {
    await councils.run("sutton", async (tx) => {
      const sam = await aPerson(tx, "Sam");
      const room = await aRoom(tx, { name: "Council chamber", needsApproval: true });
      const booking = await aBooking(tx, room.id, sam, june1);
      expect(booking.status).toBe("pending");
      await tellBookingConfirmed(tx, mail(), booking.id);

      const [waiting] = await emailsTo(tx, sam);
      expect(waiting!.subject).toBe("Booking request received: Council chamber on Tuesday 1 June 2027 at 10am");
      expect(waiting!.text).toContain("The council's staff must approve it first.");
      expect(waiting!.text).not.toContain("calendar.ics");
      expect(waiting!.attachments).toBeUndefined();
      expect(waiting!.personalisation).toMatchObject({ waiting_for_approval: "yes" });

      await decideBooking(tx, booking.id, "approve", sam, NOW);
      await tellBookingConfirmed(tx, mail(), booking.id);
      const approved = (await emailsTo(tx, sam))[1]!;
      expect(approved.subject).toBe("Booking confirmed: Council chamber on Tuesday 1 June 2027 at 10am");
      expect(eventIn(approved.attachments![0]!.content).status).toBe("CONFIRMED");
    });
  });

  it("refuses to tell a person of a booking only held, and queues nothing", async () => {
    await councils.run("sutton", async (tx) => {
      const ann = await aPerson(tx, "Ann");
      const room = await aRoom(tx);
      const held = await holdTime(tx, { bookableId: room.id, startsAt: june1, personId: ann, bookedBy: ann, idempotencyKey: key(), now: NOW });
      expect((await refusal(tellBookingConfirmed(tx, mail(), held.id))).message).toMatch(/is held/);
      expect(await emailsTo(tx, ann)).toEqual([]);
    });
  });
});

describe("telling a person their booking is cancelled", () => {
  it("queues the cancellation email, with no calendar file", async () => {
    await councils.run("sutton", async (tx) => {
      const ola = await aPerson(tx, "Ola");
      const room = await aRoom(tx);
      const booking = await aBooking(tx, room.id, ola, june1);
      await cancelBooking(tx, booking.id, ola, NOW);
      await tellBookingCancelled(tx, mail(), booking.id);

      const [email, ...others] = await emailsTo(tx, ola);
      expect(others).toEqual([]);
      expect(email).toMatchObject({ kind: "booking-cancelled", subject: "Booking cancelled: Community room on Tuesday 1 June 2027 at 10am" });
      expect(email!.text).toContain(`Your booking for Community room at Guildhall, High Street on Tuesday 1 June 2027 at 10am has been cancelled.`);
      expect(email!.attachments).toBeUndefined();
    });
  });
});
