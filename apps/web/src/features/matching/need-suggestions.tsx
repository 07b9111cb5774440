import { Body, Button, Heading, Table } from "@lgp/ui";
import { showDistance } from "@lgp/postcodes";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "~/features/forms/action-form";
import { api } from "~/server/api";
import { formTitles } from "~/server/page-title";
import { proposeHelper } from "./actions";

/**
 * The helpers eligible for a request, best first, with their reasons and a Propose button each, for
 * staff on the request's page. `page` is the title of the page it sits on.
 */
export async function NeedSuggestions({ needId, reference, page }: { needId: number; reference: string; page: string }) {
  const suggestions = await (await api()).match.suggestions({ needId });
  const t = await getTranslations("matching.suggestions");
  return (
    <section aria-labelledby="suggested-helpers" id="suggestions">
      <Heading level={2}>
        <span id="suggested-helpers">{t("title")}</span>
      </Heading>
      {suggestions.length === 0 ? (
        <Body>{t("none")}</Body>
      ) : (
        <ActionForm action={proposeHelper} {...await formTitles(page)}>
          <input type="hidden" name="reference" value={reference} />
          <Table
            caption={t("title")}
            captionSize="hidden"
            firstCellIsHeader
            columns={[{ label: t("helper") }, { label: t("score"), numeric: true }, { label: t("distance") }, { label: t("reasons") }, { label: t("action") }]}
            rows={suggestions.map((s) => ({
              key: s.helperId,
              cells: [
                s.publicName,
                String(s.score),
                s.distanceKm === null ? t("byWard") : showDistance(s.distanceKm),
                s.reasons.join(" · "),
                <Button key="propose" variant="secondary" name="pair" value={`${needId}:${s.helperId}`}>
                  {t("propose")}
                  <span className="sr-only"> {s.publicName}</span>
                </Button>,
              ],
            }))}
          />
        </ActionForm>
      )}
    </section>
  );
}
