import { BOOKING_EMAIL_TEMPLATES } from "./booking-emails";
import { BOOKING_JOBS } from "./booking-jobs";
import { addDemoBookables } from "./demo";
import { PAUSE_EMAIL_TEMPLATES } from "./pause-emails";
import type { Tx } from "@lgp/db";

export * from "./bank-holidays";
export * from "./bookables";
export * from "./booking-emails";
export * from "./booking-jobs";
export * from "./booking-notices";
export * from "./calendar";
export * from "./calendar-feeds";
export * from "./changes";
export * from "./errors";
export * from "./free-times";
export * from "./helper-pause";
export * from "./hold";
export * from "./openings";
export * from "./pause-emails";
export * from "./series";
export * from "./settings";
export * from "./slots";
export * from "./together";
export * from "./views";
export * from "./waitlist";

/** The booking module as the platform sees it: its emails and jobs; its pages and procedures live in the app and the API. */
export const bookingModule = {
  key: "booking",
  name: "Booking",
  roles: [],
  links: { residents: [{ href: "/book", label: "book" }, { href: "/bookings", label: "yourBookings" }], staff: [{ href: "/staff/bookings", label: "bookings" }], admins: [] },
  adminSections: ["booking", "bookables"],
  emailTemplates: [...BOOKING_EMAIL_TEMPLATES, ...PAUSE_EMAIL_TEMPLATES],
  jobs: [...BOOKING_JOBS],
  starter: async () => {},
  demo: (tx: Tx, council: { slug: string }) => addDemoBookables(tx, council.slug),
} as const;
