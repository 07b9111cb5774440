import { formatDay, formatTime, Temporal } from "@lgp/time";
import { Body, Button, Heading, Link, Select, Table, Tag } from "@lgp/ui";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "~/features/forms/action-form";
import { requireRole } from "~/server/access";
import { api } from "~/server/api";
import { formTitles, titled } from "~/server/page-title";
import { decideBooking } from "./actions";
import { STATUS_COLOURS } from "./words";

export const generateMetadata = () => titled("booking.staff");

const isDate = (value?: string) => !!value && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value));

/**
 * Staff's day or week of bookings, for one bookable, one location or all (a GET form, no JavaScript),
 * a table per day; bookings waiting for approval are approved or declined here.
 */
export default async function StaffBookingsPage({ searchParams }: { searchParams: Promise<{ from?: string; view?: string; bookable?: string; location?: string }> }) {
  await requireRole("council_admin", "council_staff", "safeguarding_lead");
  const given = await searchParams;
  const today = Temporal.Now.plainDateISO("Europe/London");
  const from = isDate(given.from) ? Temporal.PlainDate.from(given.from!) : today;
  const days = given.view === "week" ? 7 : 1;
  const caller = await api();
  const bookables = await caller.booking.bookables();
  const bookableId = bookables.find((b) => String(b.id) === given.bookable)?.id;
  const locations = [...new Set(bookables.map((b) => b.location))].sort();
  const location = locations.includes(given.location ?? "") ? given.location : undefined;
  const bookings = await caller.booking.staffBookings({ from: from.toString(), days, bookableId, location });
  const t = await getTranslations("booking.staff");
  const status = await getTranslations("booking.status");
  const e = (await getTranslations("common"))("errorPrefix");
  const query = (start: Temporal.PlainDate) => `/staff/bookings?${new URLSearchParams({ from: start.toString(), view: days === 7 ? "week" : "day", ...(bookableId ? { bookable: String(bookableId) } : {}), ...(location ? { location } : {}) })}`;
  const dates = Array.from({ length: days }, (_, i) => from.add({ days: i }));
  return (
    <>
      <Heading>{t("title")}</Heading>
      <form method="get" className="mb-8" role="search" aria-label={t("filter")}>
        <div className="flex flex-wrap gap-x-6">
          <div className="mb-6">
            <label htmlFor="from" className="mb-1 block text-lg font-bold">
              {t("from")}
            </label>
            <input id="from" name="from" type="date" defaultValue={from.toString()} className="border-2 border-text p-2 text-lg focus:outline-3 focus:outline-focus" />
          </div>
          <Select id="view" label={t("view")} errorPrefix={e} defaultValue={days === 7 ? "week" : "day"} options={[{ value: "day", label: t("day") }, { value: "week", label: t("weekView") }]} />
          <Select id="bookable" label={t("bookable")} errorPrefix={e} defaultValue={bookableId ? String(bookableId) : ""} options={[{ value: "", label: t("any") }, ...bookables.map((b) => ({ value: String(b.id), label: b.name }))]} />
          <Select id="location" label={t("location")} errorPrefix={e} defaultValue={location ?? ""} options={[{ value: "", label: t("any") }, ...locations.map((l) => ({ value: l, label: l }))]} />
        </div>
        <Button variant="secondary">{t("apply")}</Button>
      </form>
      <nav aria-label={t("filter")} className="mb-6 flex gap-x-6 text-lg">
        <Link href={query(from.subtract({ days }))}>{t("previous")}</Link>
        <Link href={query(from.add({ days }))}>{t("next")}</Link>
      </nav>
      {await Promise.all(
        dates.map(async (date) => {
          const ofDay = bookings.filter((b) => Temporal.Instant.fromEpochMilliseconds(new Date(b.startsAt).getTime()).toZonedDateTimeISO("Europe/London").toPlainDate().equals(date));
          return (
            <section key={date.toString()} data-testid={`bookings-${date}`}>
              <Heading level={2}>{formatDay(date)}</Heading>
              {ofDay.length === 0 ? (
                <Body>{t("none")}</Body>
              ) : (
                <Table
                  caption={t("caption", { day: formatDay(date) })}
                  captionSize="hidden"
                  firstCellIsHeader
                  columns={[{ label: t("time"), wrap: "nowrap" }, { label: t("what") }, { label: t("where") }, { label: t("who") }, { label: t("reference"), wrap: "nowrap" }, { label: t("status") }]}
                  rows={await Promise.all(
                    ofDay.map(async (b) => ({
                      key: b.id,
                      cells: [
                        `${formatTime(new Date(b.startsAt))} to ${formatTime(new Date(b.endsAt))}`,
                        b.bookable.name,
                        b.bookable.location,
                        b.person.name ? `${b.person.name} (${b.person.email})` : b.person.email,
                        <Link key="ref" href={`/bookings/${b.id}`}>
                          {b.reference}
                        </Link>,
                        b.status === "pending" ? (
                          <ActionForm key="decide" action={decideBooking} idPrefix={`b${b.id}-`} {...await formTitles(t("title"))}>
                            <input type="hidden" name="bookingId" value={b.id} />
                            <div id={`decision-${b.id}`} className="flex flex-wrap gap-x-2">
                              <Button name="decision" value="approve">
                                {t("approve")}
                              </Button>
                              <Button name="decision" value="decline" variant="secondary">
                                {t("decline")}
                              </Button>
                            </div>
                          </ActionForm>
                        ) : (
                          <Tag key="status" colour={STATUS_COLOURS[b.status] ?? "grey"}>
                            {status(b.status)}
                          </Tag>
                        ),
                      ],
                    })),
                  )}
                />
              )}
            </section>
          );
        }),
      )}
    </>
  );
}
