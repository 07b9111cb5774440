import { calendarResponse } from "~/features/booking/calendar-response";
import { api } from "~/server/api";

/** One booking as a calendar file, for its person or staff (anyone else gets the API's 404). */
export async function GET(_request: Request, { params }: { params: Promise<{ bookingId: string }> }) {
  const bookingId = Number((await params).bookingId.replace(/\D/g, "")) || 0;
  return calendarResponse(async () => {
    const { reference, ics } = await (await api()).booking.bookingCalendar({ bookingId });
    return { ics, filename: `booking-${reference}.ics` };
  });
}
