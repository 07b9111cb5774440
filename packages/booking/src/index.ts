/**
 * The booking module as the platform sees it: a switch councils can already turn on, with nothing
 * behind it yet. The booking issue fills in its bookables, availability and bookings.
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
