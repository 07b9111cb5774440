import { formatDayTime } from "@lgp/time";
import { BackLink, Body, Button, Heading } from "@lgp/ui";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ActionForm } from "~/features/forms/action-form";
import { requireSignedIn } from "~/server/access";
import { api } from "~/server/api";
import { formTitles, titled } from "~/server/page-title";
import { joinWaitlist } from "./actions";
import { digits } from "./words";

export const generateMetadata = () => titled("booking.wait");

/** Joining a full time's waiting list: what it means, then one button. */
export default async function WaitPage({ params, searchParams }: { params: Promise<{ bookableId: string }>; searchParams: Promise<{ startsAt?: string }> }) {
  await requireSignedIn();
  const bookable = await (await api()).booking.bookable({ bookableId: Number(digits((await params).bookableId)) || 0 });
  const startsAt = (await searchParams).startsAt ?? "";
  const when = new Date(startsAt);
  if (Number.isNaN(when.getTime())) notFound();
  const t = await getTranslations("booking.wait");
  return (
    <>
      <BackLink href={`/book/${bookable.id}`}>{bookable.name}</BackLink>
      <Heading>{t("title")}</Heading>
      <Body>{t("body", { what: bookable.name, when: formatDayTime(when) })}</Body>
      <ActionForm action={joinWaitlist} {...await formTitles(t("title"))}>
        <input type="hidden" name="bookableId" value={bookable.id} />
        <input type="hidden" name="startsAt" value={when.toISOString()} />
        <div id="join">
          <Button>{t("button")}</Button>
        </div>
      </ActionForm>
    </>
  );
}
