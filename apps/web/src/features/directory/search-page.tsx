import { DIRECTORY_REACH_KM } from "@lgp/match";
import { showDistance } from "@lgp/postcodes";
import { BackLink, Body, ErrorSummary, Heading, Link, Pagination, type FieldError } from "@lgp/ui";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { api } from "~/server/api";
import { formErrors } from "~/server/form-errors";
import { pageTitle } from "~/server/page-title";
import { showCost, showHelper } from "./offer-facts";
import { DirectorySearchForm } from "./search-form";

type Query = { category?: string; postcode?: string; page?: string };

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

/** One search per request, shared by the page and its title (which says "Error:" when the search was refused). */
const search = cache(async (category: string, postcode: string, page: number) => {
  try {
    return { results: await (await api()).match.directory({ category: category || undefined, postcode, page }), errors: [] as FieldError[] };
  } catch (error) {
    return { results: null, errors: formErrors(error, "postcode") };
  }
});

async function read(searchParams: Promise<Record<string, string | string[] | undefined>>) {
  const query = await searchParams;
  const q: Required<Query> = { category: one(query.category), postcode: one(query.postcode), page: one(query.page) };
  return { ...q, pageNumber: Math.min(10_000, Math.max(1, Math.floor(Number(q.page)) || 1)) };
}

export async function generateMetadata({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }): Promise<Metadata> {
  const q = await read(searchParams);
  const { errors } = await search(q.category, q.postcode, q.pageNumber);
  const title = (await getTranslations("directory"))("searchTitle");
  return { title: errors.length > 0 ? { absolute: (await getTranslations("common"))("errorPageTitle", { title: await pageTitle(title) }) } : title };
}

/** The directory's results: offers nearest first to the postcode, 20 to a page, with the search form above them to change it. */
export default async function DirectorySearchPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const q = await read(searchParams);
  const { results, errors } = await search(q.category, q.postcode, q.pageNumber);
  const categories = await (await api()).match.categories();
  const t = await getTranslations("directory");
  const common = await getTranslations("common");
  const address = (page: number) => `/help/search?${new URLSearchParams({ category: q.category, postcode: results?.postcode ?? q.postcode, page: String(page) })}`;
  const heading = results
    ? results.category
      ? t("resultsCategoryHeading", { category: results.category.name, postcode: results.postcode })
      : t("resultsHeading", { postcode: results.postcode })
    : t("searchTitle");
  return (
    <>
      <BackLink href="/help">{t("back")}</BackLink>
      <ErrorSummary title={common("errorSummaryTitle")} errors={errors} />
      <Heading>{heading}</Heading>
      {results ? <Results results={results} address={address} askHref={`/help/ask${q.category ? `?${new URLSearchParams({ category: q.category })}` : ""}`} /> : null}
      <DirectorySearchForm categories={categories} category={q.category} postcode={q.postcode} errors={errors} />
    </>
  );
}

async function Results({
  results,
  address,
  askHref,
}: {
  results: NonNullable<Awaited<ReturnType<typeof search>>["results"]>;
  address: (page: number) => string;
  askHref: string;
}) {
  const t = await getTranslations("directory");
  if (results.total === 0) {
    return (
      <>
        <Body lead>{t("none", { reach: DIRECTORY_REACH_KM, postcode: results.postcode })}</Body>
        <Body>{t("noneNext")}</Body>
        <Body>
          <Link href={askHref}>{t("askForHelp")}</Link>
        </Body>
      </>
    );
  }
  const hidden = { span: (chunks: React.ReactNode) => <span className="sr-only">{chunks}</span> };
  return (
    <>
      <Body>
        {t("found", { total: results.total, reach: DIRECTORY_REACH_KM })} {results.pages > 1 ? t("pageOf", { page: results.page, pages: results.pages }) : null}
      </Body>
      <ol className="mb-8 border-t border-border" data-testid="directory-results">
        {await Promise.all(
          results.entries.map(async (entry) => (
            <li key={entry.offerId} className="border-b border-border py-4">
              <h2 className="mb-2 text-xl font-bold">
                <Link href={`/help/offers/${entry.offerId}`}>{entry.title}</Link>
              </h2>
              <p className="mb-2 text-lg">
                <strong data-testid="distance">{t("away", { distance: showDistance(entry.distanceKm) })}</strong>
                {" · "}
                {await showCost(entry)}
                {" · "}
                {entry.categoryName}
              </p>
              <p className="mb-1 text-secondary-text">
                {t("offeredBy")} {await showHelper(entry)}
              </p>
              <p className="text-secondary-text">{entry.place}</p>
            </li>
          )),
        )}
      </ol>
      <Pagination
        current={results.page}
        pages={results.pages}
        hrefFor={address}
        labels={{ previous: t.rich("previous", hidden), next: t.rich("next", hidden), navigation: t("pages"), page: (page) => t("page", { page }) }}
      />
    </>
  );
}
