import { Button, Heading, Select, TextInput, type FieldError } from "@lgp/ui";
import { getTranslations } from "next-intl/server";

/**
 * The directory's search: a GET form, so a search is an address a resident can keep or share, and it
 * works without JavaScript. Drawn on /help and again above the results, with the search's errors.
 */
export async function DirectorySearchForm({
  categories,
  category = "",
  postcode = "",
  errors = [],
}: {
  categories: { slug: string; name: string }[];
  category?: string;
  postcode?: string;
  errors?: FieldError[];
}) {
  const t = await getTranslations("directory");
  const e = (await getTranslations("common"))("errorPrefix");
  const errorOf = (field: string) => errors.find((error) => error.field === field)?.message;
  return (
    <form method="get" action="/help/search" className="mb-8" role="search" aria-label={t("searchHeading")}>
      <Heading level={2}>{t("searchHeading")}</Heading>
      <Select
        id="category"
        label={t("category")}
        errorPrefix={e}
        error={errorOf("category")}
        defaultValue={category}
        options={[{ value: "", label: t("anyCategory") }, ...categories.map((c) => ({ value: c.slug, label: c.name }))]}
      />
      <TextInput id="postcode" label={t("postcode")} hint={t("postcodeHint")} errorPrefix={e} error={errorOf("postcode")} defaultValue={postcode} width="10" autoComplete="postal-code" />
      <Button>{t("search")}</Button>
    </form>
  );
}
