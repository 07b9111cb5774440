import { BackLink, Button, Heading } from "@lgp/ui";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ActionForm, FormTextarea, FormTextInput } from "~/features/forms/action-form";
import { api } from "~/server/api";
import { formTitles } from "~/server/page-title";
import { updateCategory } from "./category-actions";
import { CheckRadios } from "./category-check";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.categories"))("changeTitle") };
}

/** Renames or redescribes one category, listed or retired; an id the council does not have is not found. */
export default async function CategoryChangePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { listed, retired } = await (await api()).match.adminCategories();
  const category = [...listed, ...retired].find((c) => String(c.id) === id);
  if (!category) notFound();
  const t = await getTranslations("admin.categories");
  const form = await formTitles(t("changeTitle"));
  const e = (await getTranslations("common"))("errorPrefix");
  return (
    <>
      <BackLink href="/admin/categories">{t("back")}</BackLink>
      <Heading caption={category.name}>{t("changeTitle")}</Heading>
      <ActionForm action={updateCategory} {...form}>
        <input type="hidden" name="categoryId" value={category.id} />
        <FormTextInput id="name" label={t("name")} hint={t("nameHint")} errorPrefix={e} width="20" defaultValue={category.name} />
        <FormTextarea id="description" label={t("description")} hint={t("descriptionHint")} errorPrefix={e} rows={3} defaultValue={category.description} />
        <CheckRadios value={category.requiredCheck} />
        <Button>{t("save")}</Button>
      </ActionForm>
    </>
  );
}
