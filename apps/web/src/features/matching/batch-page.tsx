import { Body, Button, Heading, Table } from "@lgp/ui";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "~/features/forms/action-form";
import { requireRole } from "~/server/access";
import { api } from "~/server/api";
import { formTitles, titled } from "~/server/page-title";
import { sendBatch } from "./actions";

export const generateMetadata = () => titled("matching.batch");

/**
 * Batch assignment: the best pairing of the council's open requests with helpers now, shown for staff
 * to review. Nothing goes out until they send it; each pair is checked again as it is sent.
 */
export default async function BatchPage() {
  await requireRole("council_admin", "council_staff", "safeguarding_lead");
  const pairs = await (await api()).match.batchProposal();
  const t = await getTranslations("matching.batch");
  return (
    <>
      <Heading>{t("title")}</Heading>
      <Body>{t("intro")}</Body>
      {pairs.length === 0 ? (
        <Body>{t("none")}</Body>
      ) : (
        <ActionForm action={sendBatch} {...await formTitles(t("title"))}>
          <Table
            caption={t("caption", { count: pairs.length })}
            firstCellIsHeader
            columns={[{ label: t("request") }, { label: t("helper") }, { label: t("score"), numeric: true }, { label: t("reasons") }]}
            rows={pairs.map((p) => ({ key: `${p.needId}:${p.helperId}`, cells: [p.reference, p.publicName, String(p.score), p.reasons.join(" · ")] }))}
          />
          <div id="pairs">
            {pairs.map((p, i) => (
              <span key={`${p.needId}:${p.helperId}`}>
                <input type="hidden" name={`pairs[${i}].needId`} value={p.needId} />
                <input type="hidden" name={`pairs[${i}].helperId`} value={p.helperId} />
                <input type="hidden" name={`reference-${p.needId}`} value={p.reference} />
              </span>
            ))}
          </div>
          <Button>{t("send")}</Button>
        </ActionForm>
      )}
    </>
  );
}
