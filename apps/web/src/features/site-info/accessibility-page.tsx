import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { env } from "~/env";
import { api, currentCouncil } from "~/server/api";
import { AccessibilityStatement } from "./accessibility-statement";
import { PLATFORM_STATEMENT } from "./platform-statement";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("accessibility"))("title") };
}

/** A council's statement, from what its admin set on the branding and details page. */
export async function CouncilAccessibilityPage() {
  const council = await currentCouncil();
  const details = await (await api()).site.details();
  const t = await getTranslations("accessibility");
  return (
    <AccessibilityStatement
      website={t("councilWebsite", { council: council.name })}
      runBy={council.name}
      statement={{
        compliance: details.accessibilityCompliance,
        knownIssues: details.accessibilityKnownIssues,
        preparedOn: details.accessibilityPreparedOn,
        reviewedOn: details.accessibilityReviewedOn,
        nation: details.nation,
      }}
      contact={{ text: details.accessibilityContact, email: details.contactEmail, phone: details.contactPhone }}
    />
  );
}

/** The platform's own statement, for its pages on the platform host. */
export async function PlatformAccessibilityPage() {
  const t = await getTranslations("accessibility");
  const runBy = (await getTranslations("common"))("platformName");
  return (
    <AccessibilityStatement
      website={t("platformWebsite")}
      runBy={runBy}
      statement={PLATFORM_STATEMENT}
      contact={{ text: "", email: env.LGP_PLATFORM_CONTACT_EMAIL ?? "", phone: "" }}
    />
  );
}
