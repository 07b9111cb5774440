import { NEED_MOVES } from "@lgp/match";
import { BackLink, Body, Button, Heading, Link } from "@lgp/ui";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ActionForm, FormTextarea } from "~/features/forms/action-form";
import { requireSignedIn } from "~/server/access";
import { api } from "~/server/api";
import { formTitles } from "~/server/page-title";
import { withdrawNeed } from "./actions";

type Props = { params: Promise<{ reference: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await getTranslations("needs.withdraw"))("title", { reference: decodeURIComponent((await params).reference).toUpperCase() }) };
}

/** The confirmation before a resident withdraws a request, asking why: the reason goes into its trail. */
export default async function WithdrawPage({ params }: Props) {
  await requireSignedIn();
  const need = await (await api()).match.myNeed({ reference: (await params).reference });
  if (!NEED_MOVES[need.status].includes("withdrawn")) notFound();
  const t = await getTranslations("needs.withdraw");
  const title = t("title", { reference: need.reference });
  const back = `/requests/${need.reference}`;
  return (
    <>
      <BackLink href={back}>{(await getTranslations("needs.ask"))("back")}</BackLink>
      <ActionForm action={withdrawNeed} {...await formTitles(title)}>
        <Heading>{title}</Heading>
        <Body>{t("body")}</Body>
        <input type="hidden" name="reference" value={need.reference} />
        <FormTextarea id="reason" label={t("reason")} errorPrefix={(await getTranslations("common"))("errorPrefix")} rows={3} />
        <div className="flex flex-wrap items-baseline gap-x-6">
          <Button variant="warning">{t("confirm")}</Button>
          <Link href={back}>{t("cancel")}</Link>
        </div>
      </ActionForm>
    </>
  );
}
