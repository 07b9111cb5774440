import { holdsStaffRole } from "@lgp/identity";
import { BackLink, Body, Button, Heading, Radios } from "@lgp/ui";
import { randomUUID } from "node:crypto";
import { getTranslations } from "next-intl/server";
import { ActionForm, FormTextInput } from "~/features/forms/action-form";
import { requireSignedIn } from "~/server/access";
import { api } from "~/server/api";
import { formTitles, titled } from "~/server/page-title";
import { holdTogether } from "./actions";
import { TimeChoices } from "./time-choices";
import { digits } from "./words";
import { WeekLinks } from "./week-links";

export const generateMetadata = () => titled("booking.withRoom");

/**
 * A helper's or staff member's time with a room: first which room (a GET form), then a week of the
 * times both are free; holding one holds both, or neither.
 */
export default async function WithRoomPage({ params, searchParams }: { params: Promise<{ bookableId: string }>; searchParams: Promise<{ room?: string; from?: string }> }) {
  const person = await requireSignedIn();
  const personBookableId = Number(digits((await params).bookableId)) || 0;
  const { room: roomParam, from } = await searchParams;
  const caller = await api();
  const bookable = await caller.booking.bookable({ bookableId: personBookableId });
  const rooms = (await caller.booking.bookables()).filter((b) => b.kind === "room");
  const room = rooms.find((r) => String(r.id) === roomParam);
  const t = await getTranslations("booking.withRoom");
  const times = await getTranslations("booking.times");
  const e = (await getTranslations("common"))("errorPrefix");
  const isStaff = holdsStaffRole(person.roles);
  const path = `/book/${bookable.id}/with-room`;
  const week = room ? await caller.booking.timesTogether({ personBookableId: bookable.id, roomBookableId: room.id, from: from && /^\d{4}-\d{2}-\d{2}$/.test(from) ? from : undefined }) : null;
  return (
    <>
      <BackLink href={`/book/${bookable.id}`}>{bookable.name}</BackLink>
      <Heading caption={bookable.name}>{t("title")}</Heading>
      {rooms.length === 0 ? <Body>{t("noRooms")}</Body> : null}
      {rooms.length > 0 ? (
        <form method="get" noValidate>
          <Radios name="room" legend={t("room")} errorPrefix={e} value={room ? String(room.id) : undefined} items={rooms.map((r) => ({ value: String(r.id), label: r.name, hint: r.location }))} />
          <Button variant={room ? "secondary" : "primary"}>{t("showTimes")}</Button>
        </form>
      ) : null}
      {room && week ? (
        <>
          <Heading level={2}>{t("both", { room: room.name })}</Heading>
          <WeekLinks from={week.from} days={week.days.length} path={`${path}?${new URLSearchParams({ room: String(room.id) })}`} />
          <ActionForm action={holdTogether} {...await formTitles(t("title"))}>
            <input type="hidden" name="personBookableId" value={bookable.id} />
            <input type="hidden" name="roomBookableId" value={room.id} />
            <input type="hidden" name="idempotencyKey" value={randomUUID()} />
            <TimeChoices days={week.days} capacity={1} />
            {isStaff ? <FormTextInput id="residentEmail" label={times("residentEmail")} hint={times("residentHint")} errorPrefix={e} type="email" autoComplete="off" /> : null}
            <Button>{times("continue")}</Button>
          </ActionForm>
        </>
      ) : null}
    </>
  );
}
