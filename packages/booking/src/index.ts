import { BOOKING_EMAIL_TEMPLATES } from "./booking-emails";
import { BOOKING_JOBS } from "./booking-jobs";

export * from "./bank-holidays";
export * from "./bookables";
export * from "./booking-emails";
export * from "./booking-jobs";
export * from "./calendar";
export * from "./calendar-feeds";
export * from "./changes";
export * from "./council-jobs";
export * from "./errors";
export * from "./free-times";
export * from "./hold";
export * from "./openings";
export * from "./series";
export * from "./settings";
export * from "./slots";
export * from "./views";
export * from "./waitlist";

/** The booking module as the platform sees it: its emails and jobs; its pages and procedures live in the app and the API. */
export const bookingModule = {
  key: "booking",
  name: "Booking",
  roles: [],
  links: { residents: [], staff: [], admins: [] },
  adminSections: [],
  emailTemplates: [...BOOKING_EMAIL_TEMPLATES],
  jobs: [...BOOKING_JOBS],
  starter: async () => {},
  demo: async () => {},
} as const;
