import { BackLink, Button, Heading, Link } from "@lgp/ui";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ActionForm, FormTextarea } from "~/features/forms/action-form";
import { requireRole } from "~/server/access";
import { api } from "~/server/api";
import { formTitles } from "~/server/page-title";
import { pauseHelper, resumeHelper } from "./actions";
import { referenceFrom } from "./concern-reference";

type Step = "pause" | "resume";

async function caseOf(params: Promise<{ reference: string }>) {
  const reference = referenceFrom((await params).reference);
  return (await api()).match.concern({ reference });
}

export function pageMetadata(step: Step) {
  return async ({ params }: { params: Promise<{ reference: string }> }): Promise<Metadata> => {
    await requireRole("safeguarding_lead");
    return { title: (await getTranslations(`safety.${step}`))("title", { helper: (await caseOf(params)).helper.publicName }) };
  };
}

/**
 * Pausing or resuming the case's helper, confirmed on a page of its own: the button here is the
 * confirmation, and the case page's link only leads here.
 */
export function confirmationPage(step: Step) {
  return async function ConfirmationPage({ params }: { params: Promise<{ reference: string }> }) {
    await requireRole("safeguarding_lead");
    const kase = await caseOf(params);
    const t = await getTranslations(`safety.${step}`);
    const e = (await getTranslations("common"))("errorPrefix");
    const helper = kase.helper.publicName;
    const title = t("title", { helper });
    const back = `/staff/concerns/${kase.reference}`;
    return (
      <>
        <BackLink href={back}>{(await getTranslations("safety.case"))("title", { reference: kase.reference })}</BackLink>
        <Heading caption={kase.reference}>{title}</Heading>
        <ActionForm action={step === "pause" ? pauseHelper : resumeHelper} {...await formTitles(title)}>
          <input type="hidden" name="reference" value={kase.reference} />
          <input type="hidden" name="helperId" value={kase.helper.id} />
          <div className="mb-8 flex items-start gap-4 text-lg font-bold" id="confirm">
            <span aria-hidden="true" className="flex size-9 shrink-0 items-center justify-center rounded-full bg-text text-2xl text-white">
              !
            </span>
            <p>
              <span className="sr-only">{t("warningLabel")} </span>
              {step === "pause" ? t("warning", { helper }) : t("text", { helper })}
            </p>
          </div>
          {step === "pause" ? <FormTextarea id="reason" label={t("reason")} hint={t("reasonHint")} errorPrefix={e} rows={4} /> : null}
          <div className="flex flex-wrap items-baseline gap-6">
            <Button variant={step === "pause" ? "warning" : "primary"}>{t("confirm")}</Button>
            <Link href={back}>{t("cancel")}</Link>
          </div>
        </ActionForm>
      </>
    );
  };
}
