import { BackLink, Body, Button, Heading, Link } from "@lgp/ui";
import { councilSchema } from "@lgp/db";
import { getTranslations } from "next-intl/server";
import { ActionForm, FormRadios } from "~/features/forms/action-form";
import { requireSignedIn } from "~/server/access";
import { formTitles, titled } from "~/server/page-title";
import { chooseNotice } from "./actions";
import { chosenHelper } from "./chosen-helper";

export const generateMetadata = () => titled("helping.noticesPage");

type Search = Promise<{ helper?: string }>;

/**
 * How a helper hears of new needs, which their people may change whatever the helper's status. Someone
 * acting for several helpers first chooses which.
 */
export default async function NoticesPage({ searchParams }: { searchParams: Search }) {
  await requireSignedIn();
  const t = await getTranslations("helping");
  const { helper, helpers } = await chosenHelper((await searchParams).helper);
  if (!helper) {
    return (
      <>
        <BackLink href="/helping">{t("title")}</BackLink>
        <Heading>{t("noticesPage.chooseTitle")}</Heading>
        <ul className="mb-4 list-disc pl-5">
          {helpers.map((h) => (
            <li key={h.id}>
              <Link href={`/helping/notices?helper=${h.id}`}>{h.publicName || t("signUp.yourself")}</Link>
            </li>
          ))}
        </ul>
      </>
    );
  }
  const title = t("noticesPage.title");
  return (
    <>
      <BackLink href="/helping">{t("title")}</BackLink>
      <Heading caption={helper.publicName || undefined}>{title}</Heading>
      <Body>{t("noticesPage.intro")}</Body>
      <ActionForm action={chooseNotice} {...await formTitles(title)}>
        <input type="hidden" name="helperId" value={helper.id} />
        <FormRadios
          name="notice"
          legend={t("fields.notice")}
          errorPrefix={(await getTranslations("common"))("errorPrefix")}
          value={helper.notice}
          items={councilSchema.helperNotice.map((n) => ({ value: n, label: t(`notices.${n}`) }))}
        />
        <Button>{t("noticesPage.save")}</Button>
      </ActionForm>
    </>
  );
}
