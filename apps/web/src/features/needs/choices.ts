import "server-only";
import { councilSchema } from "@lgp/db";
import { ACCESS_NEEDS, GENDER_PREFERENCES, WEEK_PARTS } from "@lgp/match";
import type { ChoiceItem, TagColour } from "@lgp/ui";
import { getTranslations } from "next-intl/server";

type Day = "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";
type Part = "morning" | "afternoon" | "evening";

/** The words for a need's choices, from the catalog: parts of the week, urgency, gender, access needs, status. */
export async function needWords() {
  const t = await getTranslations("needs");
  const weekPart = (value: string) => {
    const [day, part] = value.split("-") as [Day, Part];
    return t("weekPart", { day: t(`days.${day}`), part: t(`parts.${part}`) });
  };
  const urgency = (value: string) => t(`urgency.${value as "flexible"}`);
  const gender = (value: string) => t(`gender.${value as "none"}`);
  const access = (value: string) => t(`access.${value as "bsl"}`);
  const status = (value: string) => t(`status.${value as "open"}`);
  return {
    weekPart,
    urgency,
    gender,
    access,
    status,
    items: {
      weekParts: WEEK_PARTS.map((value): ChoiceItem => ({ value, label: weekPart(value) })),
      urgency: councilSchema.needUrgency.map((value): ChoiceItem => ({ value, label: urgency(value) })),
      gender: GENDER_PREFERENCES.map((value): ChoiceItem => ({ value, label: gender(value) })),
      access: ACCESS_NEEDS.map((value): ChoiceItem => ({ value, label: access(value) })),
    },
  };
}

/** A need's status as a GOV.UK tag's colour: waiting ones blue, those under way turquoise, done green, the rest grey. */
export const STATUS_COLOURS: Record<councilSchema.NeedStatus, TagColour> = {
  open: "blue",
  offered: "light-blue",
  matched: "turquoise",
  in_progress: "turquoise",
  done: "green",
  withdrawn: "grey",
  expired: "grey",
  closed: "grey",
};
