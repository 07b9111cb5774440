import "server-only";
import { getTranslations } from "next-intl/server";

/** What an action answers after a save: the success banner ActionForm shows above the form. */
export async function savedBanner() {
  return { title: (await getTranslations("common"))("success"), message: (await getTranslations("admin"))("saved") };
}
