import "server-only";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { formWasRefused } from "./refused-form";
import { siteName } from "./session";
import { currentSite } from "./site";

/**
 * Every page is titled "Page – Site", the site being the council's name or the platform's, and "Error: …"
 * while a form on it comes back refused: the root layouts give this template to Next's metadata, and
 * titles set outside metadata are built the same way.
 */
export async function titleTemplate(site: string): Promise<NonNullable<Metadata["title"]>> {
  const template = `%s – ${site}`;
  return { template: (await formWasRefused()) ? (await getTranslations("common"))("errorPageTitle", { title: template }) : template, default: site };
}

export async function pageTitle(page: string): Promise<string> {
  return `${page} – ${await siteName(await currentSite())}`;
}

/** A page's metadata, titled with the `title` message of a namespace, as most pages' headings are. */
export async function titled(namespace: string): Promise<Metadata> {
  return { title: (await getTranslations(namespace))("title") };
}

/**
 * A site's home page: it shares its segment with the root layout, whose title template applies only
 * to the segments below, so its title is built here in the same form.
 */
export async function homeTitle(namespace: string): Promise<Metadata> {
  return { title: { absolute: await pageTitle((await getTranslations(namespace))("title")) } };
}

/** What an ActionForm says about a refused submission: the error summary's heading, and the page's title meanwhile. */
export async function formTitles(page: string) {
  const common = await getTranslations("common");
  return { errorSummaryTitle: common("errorSummaryTitle"), errorPageTitle: common("errorPageTitle", { title: await pageTitle(page) }) };
}
