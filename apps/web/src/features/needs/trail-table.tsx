import type { TrailEntry } from "@lgp/match";
import { formatDateTime } from "@lgp/time";
import { Table, Tag } from "@lgp/ui";
import { getTranslations } from "next-intl/server";
import { needWords, STATUS_COLOURS } from "./choices";

/** A need's status trail, oldest first: when, the status it moved to, who moved it (in plain words, or by address for staff) and why. */
export async function TrailTable({ trail, showAddresses = false }: { trail: TrailEntry[]; showAddresses?: boolean }) {
  const t = await getTranslations("needs.request");
  const words = await needWords();
  return (
    <Table
      caption={t("trailCaption")}
      captionSize="hidden"
      testId="need-trail"
      columns={[{ label: t("when"), wrap: "nowrap" }, { label: t("status") }, { label: t("who") }, { label: t("why") }]}
      rows={trail.map((entry, i) => ({
        key: i,
        cells: [
          formatDateTime(entry.at),
          <Tag key="status" colour={STATUS_COLOURS[entry.to]}>
            {words.status(entry.to)}
          </Tag>,
          showAddresses && entry.actorEmail ? entry.actorEmail : t(`actors.${entry.actor}`),
          entry.reason,
        ],
      }))}
    />
  );
}
