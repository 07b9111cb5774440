export * from "./bank-holidays";
export * from "./bookables";
export * from "./changes";
export * from "./errors";
export * from "./free-times";
export * from "./hold";
export * from "./openings";
export * from "./settings";
export * from "./slots";

/**
 * The booking module as the platform sees it: a switch councils can turn on. Its pages are being built
 * behind it (the booking issue).
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
