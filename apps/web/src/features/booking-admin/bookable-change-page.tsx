import { BackLink, Body, Button, Heading, Tag } from "@lgp/ui";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { digits } from "~/features/booking/words";
import { ActionForm } from "~/features/forms/action-form";
import { api } from "~/server/api";
import { formTitles, titled } from "~/server/page-title";
import { archiveBookable, restoreBookable, updateBookable } from "./actions";
import { BookableFields } from "./bookable-fields";
import { DateHours } from "./date-hours";

export const generateMetadata = () => titled("bookableAdmin.change");

/**
 * One bookable: its details and week, its dates with their own hours, and archiving or restoring it.
 * An id the council does not have is not found.
 */
export default async function BookableChangePage({ params }: { params: Promise<{ bookableId: string }> }) {
  const bookableId = Number(digits((await params).bookableId));
  if (!bookableId) notFound();
  const caller = await api();
  const bookable = await caller.booking.adminBookable({ bookableId });
  const { owners } = await caller.booking.adminBookables();
  const t = await getTranslations("bookableAdmin");
  const form = await formTitles(t("change.title"));
  const archived = bookable.status === "archived";
  return (
    <>
      <BackLink href="/admin/bookables">{t("change.back")}</BackLink>
      <Heading caption={bookable.name}>{t("change.title")}</Heading>
      {archived ? (
        <Body>
          <Tag colour="grey">{t("status.archived")}</Tag>
        </Body>
      ) : null}
      <ActionForm action={updateBookable} {...form}>
        <input type="hidden" name="bookableId" value={bookable.id} />
        <BookableFields bookable={bookable} owners={owners} />
        <Button>{t("change.save")}</Button>
      </ActionForm>

      <DateHours bookable={bookable} />

      <Heading level={2}>{archived ? t("archive.archivedHeading") : t("archive.heading")}</Heading>
      <Body>{archived ? t("archive.archivedBody") : t("archive.body")}</Body>
      <ActionForm action={archived ? restoreBookable : archiveBookable} {...form}>
        <input type="hidden" name="bookableId" value={bookable.id} />
        <div id="archiving">
          <Button variant={archived ? "secondary" : "warning"}>{archived ? t("archive.restore") : t("archive.button")}</Button>
        </div>
      </ActionForm>
    </>
  );
}
