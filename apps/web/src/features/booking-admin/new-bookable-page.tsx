import { BackLink, Button, Heading } from "@lgp/ui";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "~/features/forms/action-form";
import { api } from "~/server/api";
import { formTitles, titled } from "~/server/page-title";
import { addBookable } from "./actions";
import { BookableFields } from "./bookable-fields";

export const generateMetadata = () => titled("bookableAdmin.new");

/** Adds something residents can book: its kind, where and how it is booked, whose it is and its week. */
export default async function NewBookablePage() {
  const { owners } = await (await api()).booking.adminBookables();
  const t = await getTranslations("bookableAdmin");
  return (
    <>
      <BackLink href="/admin/bookables">{t("change.back")}</BackLink>
      <Heading>{t("new.title")}</Heading>
      <ActionForm action={addBookable} {...await formTitles(t("new.title"))}>
        <BookableFields owners={owners} />
        <Button>{t("new.add")}</Button>
      </ActionForm>
    </>
  );
}
