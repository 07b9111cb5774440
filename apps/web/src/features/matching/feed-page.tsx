import { Body, Button, Heading, NotificationBanner, SummaryList } from "@lgp/ui";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "~/features/forms/action-form";
import { requireSignedIn } from "~/server/access";
import { api } from "~/server/api";
import { formTitles, titled } from "~/server/page-title";
import { offerToHelp } from "./actions";
import { needWhen } from "./need-when";
import { NoHelperYet } from "~/features/helpers/no-helper-yet";

export const generateMetadata = () => titled("matching.feed");

/**
 * The requests each helper the person acts for could meet now, nearest first. Nothing here names the
 * resident or their address: the district, the ward and a rounded distance are enough to decide.
 */
export default async function FeedPage() {
  await requireSignedIn();
  const helpers = await (await api()).match.helpFeed();
  const t = await getTranslations("matching.feed");
  const n = await getTranslations("needs");
  const titles = await formTitles(t("title"));
  if (helpers.length === 0) return <NoHelperYet title={t("title")} body={t("noHelper")} signUp={t("signUp")} />;
  return (
    <>
      <Heading>{t("title")}</Heading>
      <Body>{t("intro")}</Body>
      {await Promise.all(
        helpers.map(async (helper) => (
          <section key={helper.helperId} aria-labelledby={`helper-${helper.helperId}`}>
            <h2 id={`helper-${helper.helperId}`} className="mb-4 mt-8 text-2xl font-bold sm:text-3xl">
              {t("forHelper", { name: helper.publicName })}
            </h2>
            {helper.paused ? <NotificationBanner title={t("title")} heading={t("paused")} /> : helper.status !== "approved" ? <Body>{t("notApproved")}</Body> : null}
            {helper.needs.length === 0 ? (
              <Body>{t("none")}</Body>
            ) : (
              <ul id="needs" className="list-none p-0">
                {await Promise.all(
                  helper.needs.map(async (need) => (
                    <li key={need.needId} className="mb-8 border-b border-gray-300 pb-4">
                      <h3 className="mb-2 text-xl font-bold">{t("needHeading", { category: need.categoryName, area: need.wardName ?? need.district })}</h3>
                      <SummaryList
                        rows={[
                          { key: t("what"), value: need.description },
                          { key: t("where"), value: need.wardName ? t("wardAndDistrict", { ward: need.wardName, district: need.district }) : need.district },
                          { key: t("distance"), value: need.distanceKm === null ? t("inYourWards") : t("about", { km: need.distanceKm }) },
                          { key: t("when"), value: await needWhen(need.times, need.dates) },
                          { key: t("urgency"), value: n(`urgency.${need.urgency}`) },
                        ]}
                      />
                      <ActionForm action={offerToHelp} idPrefix={`need-${need.needId}-`} {...titles}>
                        <input type="hidden" name="needId" value={need.needId} />
                        <input type="hidden" name="helperId" value={helper.helperId} />
                        <Button>
                          {t("offer")}
                          <span className="sr-only"> {t("offerFor", { category: need.categoryName, area: need.wardName ?? need.district })}</span>
                        </Button>
                      </ActionForm>
                    </li>
                  )),
                )}
              </ul>
            )}
          </section>
        )),
      )}
    </>
  );
}
