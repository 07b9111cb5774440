import { signedIn } from "../../middleware/roles";
import { moduleProcedure, moduleRoleProcedure } from "../../trpc";

/*
 * The booking module's procedures, by who may call them. Each answers 404 on a council that has
 * switched the module off, before any role is checked.
 */

/** Anyone on the council's site: what can be booked, and when it is free. */
export const booking = moduleProcedure("booking");

/** Anyone signed in: their own bookings (the domain finds only theirs, or any for staff). */
export const bookingSignedIn = booking.use(signedIn);

/** The council's staff, who book for residents, approve bookings and see the day's and week's. */
export const bookingStaff = moduleRoleProcedure("booking", "council_admin", "council_staff", "safeguarding_lead");

/** The council's admins, who set how booking works. */
export const bookingAdmin = moduleRoleProcedure("booking", "council_admin");
