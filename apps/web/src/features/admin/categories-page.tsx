import { Body, Button, Heading, Link, Table } from "@lgp/ui";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ActionForm, FormTextarea, FormTextInput } from "~/features/forms/action-form";
import { CheckRadios } from "./category-check";
import { api, currentCouncil } from "~/server/api";
import { formTitles, titled } from "~/server/page-title";
import { addCategory, changeListedCategory, restoreCategory } from "./category-actions";

export const generateMetadata = () => titled("admin.categories");

interface Category {
  id: number;
  name: string;
}

type Listed = Awaited<ReturnType<Awaited<ReturnType<typeof api>>["match"]["adminCategories"]>>["listed"][number];

/** Read by screen readers after a button's or link's own words, so each says which category it acts on. */
const forCategory = (label: string, category: Category) => (
  <>
    {label}
    <span className="sr-only"> {category.name}</span>
  </>
);

function Actions({ children }: { children: ReactNode }) {
  return <div className="flex flex-wrap items-baseline gap-x-4">{children}</div>;
}

/** The match module's categories: the kinds of help residents find, in their order, and those retired. */
export default async function CategoriesPage() {
  const council = await currentCouncil();
  const { listed, retired } = await (await api()).match.adminCategories();
  const t = await getTranslations("admin.categories");
  const form = await formTitles(t("title"));
  const e = (await getTranslations("common"))("errorPrefix");
  const checks = await getTranslations("vettingChecks");
  const columns = [{ label: t("columns.name") }, { label: t("columns.description") }, { label: t("columns.check") }, { label: t("columns.actions") }];
  const described = (c: Listed) => [c.name, c.description, checks(c.requiredCheck)];
  const change = (c: Category) => <Link href={`/admin/categories/${c.id}`}>{forCategory(t("change"), c)}</Link>;
  return (
    <>
      <Heading caption={council.name}>{t("title")}</Heading>
      <Body>{t("intro")}</Body>

      <Heading level={2}>{t("listedHeading")}</Heading>
      <ActionForm action={changeListedCategory} {...form}>
        <div id="listed-categories">
          {listed.length === 0 ? (
            <Body>{t("none")}</Body>
          ) : (
            <Table
              caption={t("listedHeading")}
              captionSize="hidden"
              firstCellIsHeader
              testId="listed-categories"
              columns={columns}
              rows={listed.map((c, i) => ({
                key: c.id,
                cells: [
                  ...described(c),
                  <Actions key="actions">
                    {change(c)}
                    {i > 0 ? (
                      <Button variant="secondary" name="change" value={`up:${c.id}`}>
                        {forCategory(t("moveUp"), c)}
                      </Button>
                    ) : null}
                    {i < listed.length - 1 ? (
                      <Button variant="secondary" name="change" value={`down:${c.id}`}>
                        {forCategory(t("moveDown"), c)}
                      </Button>
                    ) : null}
                    <Button variant="secondary" name="change" value={`retire:${c.id}`}>
                      {forCategory(t("retire"), c)}
                    </Button>
                  </Actions>,
                ],
              }))}
            />
          )}
        </div>
      </ActionForm>

      <Heading level={2}>{t("addHeading")}</Heading>
      <ActionForm action={addCategory} {...form}>
        <FormTextInput id="name" label={t("name")} hint={t("nameHint")} errorPrefix={e} width="20" />
        <FormTextarea id="description" label={t("description")} hint={t("descriptionHint")} errorPrefix={e} rows={3} />
        <CheckRadios value="none" />
        <Button>{t("add")}</Button>
      </ActionForm>

      {retired.length > 0 ? (
        <>
          <Heading level={2}>{t("retiredHeading")}</Heading>
          <Body>{t("retiredIntro")}</Body>
          <ActionForm action={restoreCategory} {...form}>
            <div id="retired-categories">
              <Table
                caption={t("retiredHeading")}
                captionSize="hidden"
                firstCellIsHeader
                testId="retired-categories"
                columns={columns}
                rows={retired.map((c) => ({
                  key: c.id,
                  cells: [
                    ...described(c),
                    <Actions key="actions">
                      {change(c)}
                      <Button variant="secondary" name="categoryId" value={String(c.id)}>
                        {forCategory(t("restore"), c)}
                      </Button>
                    </Actions>,
                  ],
                }))}
              />
            </div>
          </ActionForm>
        </>
      ) : null}
    </>
  );
}
