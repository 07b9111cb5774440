import { router } from "../../trpc";
import { bookableAdminProcedures } from "./admin";
import { bookingProcedures } from "./bookings";
import { seriesProcedures } from "./series";
import { bookingStaffProcedures } from "./staff";
import { togetherProcedures } from "./together";
import { waitingAndCalendarProcedures } from "./waiting-and-calendars";

/** The booking module's procedures (`booking.*`), one file per area; an area adds one line here. */
export const bookingRouter = router({
  ...bookingProcedures,
  ...bookableAdminProcedures,
  ...seriesProcedures,
  ...bookingStaffProcedures,
  ...togetherProcedures,
  ...waitingAndCalendarProcedures,
});
