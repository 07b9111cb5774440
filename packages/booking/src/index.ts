export * from "./bank-holidays";
export * from "./openings";
export * from "./slots";

/**
 * The booking module as the platform sees it: a switch councils can turn on. Its bookables, bookings
 * and pages are being built behind it (the booking issue).
 */
export const bookingModule = {
  key: "booking",
  name: "Booking",
  roles: [],
  links: { residents: [], staff: [], admins: [] },
  adminSections: [],
  emailTemplates: [],
  jobs: [],
  starter: async () => {},
  demo: async () => {},
} as const;
