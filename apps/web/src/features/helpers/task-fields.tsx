import { councilSchema } from "@lgp/db";
import { getTranslations } from "next-intl/server";
import { FormCheckboxes, FormRadios, FormTextarea, FormTextInput } from "~/features/forms/action-form";
import type { api } from "~/server/api";

export type SignUp = Awaited<ReturnType<Awaited<ReturnType<typeof api>>["match"]["signUp"]>>;

const DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
const PARTS = ["morning", "afternoon", "evening"] as const;
const ACCESS = ["step_free", "wheelchair_vehicle", "bsl", "hearing_loop", "large_print", "easy_read"] as const;

/** The questions of one sign-up task, filled in with the answers saved so far. */
export async function TaskFields({ task, signUp }: { task: string; signUp: SignUp }) {
  const t = await getTranslations("helping");
  const e = (await getTranslations("common"))("errorPrefix");
  const { helper } = signUp;
  switch (task) {
    case "details":
      return (
        <>
          <FormTextInput id="publicName" label={t("fields.publicName")} hint={t("fields.publicNameHint")} errorPrefix={e} width="20" defaultValue={helper.publicName} />
          <FormTextarea id="about" label={t("fields.about")} hint={t("fields.aboutHint")} errorPrefix={e} rows={5} defaultValue={helper.about} />
        </>
      );
    case "area":
      return (
        <>
          <FormRadios
            name="areaKind"
            legend={t("fields.areaKind")}
            errorPrefix={e}
            value={helper.wards.length > 0 ? "wards" : "radius"}
            items={[
              { value: "radius", label: t("fields.radius") },
              { value: "wards", label: t("fields.wardsChoice") },
            ]}
          />
          <FormTextInput id="postcode" label={t("fields.postcode")} hint={t("fields.postcodeHint")} errorPrefix={e} width="10" autoComplete="postal-code" defaultValue={helper.postcode ?? ""} />
          <FormTextInput id="radiusKm" label={t("fields.radiusKm")} hint={t("fields.radiusKmHint")} errorPrefix={e} width="10" defaultValue={helper.radiusKm === null ? "" : String(helper.radiusKm)} />
          {signUp.wards.length > 0 ? (
            <FormCheckboxes name="wards" legend={t("fields.wards")} hint={t("fields.wardsHint")} errorPrefix={e} values={helper.wards} items={signUp.wards.map((w) => ({ value: w.code, label: w.name }))} />
          ) : (
            <p className="mb-6">{t("fields.noWards")}</p>
          )}
        </>
      );
    case "availability":
      return (
        <FormCheckboxes
          name="availability"
          legend={t("fields.availability")}
          hint={t("fields.availabilityHint")}
          errorPrefix={e}
          values={helper.availability}
          items={DAYS.flatMap((day) => PARTS.map((part) => ({ value: `${day}-${part}`, label: `${t(`days.${day}`)} ${t(`dayParts.${part}`)}` })))}
        />
      );
    case "categories": {
      const checks = await getTranslations("vettingChecks");
      return (
        <FormCheckboxes
          name="categoryIds"
          legend={t("fields.categories")}
          hint={t("fields.categoriesHint")}
          errorPrefix={e}
          values={signUp.categoryIds.map(String)}
          items={signUp.categories.map((c) => ({ value: String(c.id), label: c.name, hint: c.requiredCheck === "none" ? c.description : `${c.description} ${t("fields.needsCheck", { check: checks(c.requiredCheck) })}` }))}
        />
      );
    }
    case "capacity":
      return <FormTextInput id="capacity" label={t("fields.capacity")} hint={t("fields.capacityHint")} errorPrefix={e} width="10" defaultValue={String(helper.capacity)} />;
    case "access":
      return (
        <>
          <FormTextInput id="languages" label={t("fields.languages")} hint={t("fields.languagesHint")} errorPrefix={e} width="20" defaultValue={helper.languages.join(", ")} />
          <FormCheckboxes name="accessibility" legend={t("fields.accessibility")} hint={t("fields.accessibilityHint")} errorPrefix={e} values={helper.accessibility} items={ACCESS.map((a) => ({ value: a, label: t(`access.${a}`) }))} />
          <FormRadios
            name="gender"
            legend={t("fields.gender")}
            hint={t("fields.genderHint")}
            errorPrefix={e}
            value={helper.signUpTasks.includes("access") ? (helper.gender ?? "unsaid") : undefined}
            items={[...councilSchema.helperGender, "unsaid" as const].map((g) => ({ value: g, label: t(`genders.${g}`) }))}
          />
        </>
      );
    case "notice":
      return (
        <FormRadios
          name="notice"
          legend={t("fields.notice")}
          errorPrefix={e}
          value={helper.signUpTasks.includes("notice") ? helper.notice : undefined}
          items={councilSchema.helperNotice.map((n) => ({ value: n, label: t(`notices.${n}`) }))}
        />
      );
    default:
      return null;
  }
}
