import { calendarResponse } from "~/features/booking/calendar-response";
import { api } from "~/server/api";

/** A person's private calendar feed: the token is the only key (calendar programs sign in to nothing). */
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const token = (await params).token.replace(/\.ics$/, "");
  return calendarResponse(async () => ({ ics: await (await api()).booking.calendarFeed({ token }), filename: "bookings.ics", private: true }));
}
