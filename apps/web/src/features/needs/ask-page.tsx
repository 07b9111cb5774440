import { Body, Heading, StartButton } from "@lgp/ui";
import { getTranslations } from "next-intl/server";
import { requireSignedIn } from "~/server/access";
import { titled } from "~/server/page-title";
import { questionPath } from "./paths";

export const generateMetadata = () => titled("needs.ask");

/** The start of asking for help: what will be asked, then the first question (with a kind of help chosen from the directory, when there was one). */
export default async function AskPage({ searchParams }: { searchParams: Promise<{ category?: string }> }) {
  await requireSignedIn();
  const { category } = await searchParams;
  const t = await getTranslations("needs.ask");
  const first = category ? `${questionPath("category")}?${new URLSearchParams({ category })}` : questionPath("category");
  return (
    <>
      <Heading>{t("title")}</Heading>
      <Body lead>{t("lead")}</Body>
      <Body>{t("youWillNeed")}</Body>
      <ul className="mb-4 list-disc pl-5 text-lg">
        {(t.raw("steps") as string[]).map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ul>
      <Body>{t("privacy")}</Body>
      <StartButton href={first}>{t("start")}</StartButton>
    </>
  );
}
