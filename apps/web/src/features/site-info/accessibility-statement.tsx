import { Body, Heading, Link } from "@lgp/ui";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { enforcementOf, knownIssuesOf, statementDate, type Statement } from "./statement";

const WCAG = "https://www.w3.org/TR/WCAG22/";
const ABILITYNET = "https://mcmw.abilitynet.org.uk/";
const ENFORCER = { gb: "https://www.equalityadvisoryservice.com/", northernIreland: "https://www.equalityni.org/Home" };
const CAN_DO = ["colours", "zoom", "keyboard", "screenReader"] as const;

export interface StatementContact {
  /** How to report a problem, in the owner's words; may run over several lines. */
  text: string;
  email: string;
  phone: string;
}

export const listClass = "mb-4 list-disc pl-5 text-base sm:text-lg";

/**
 * An accessibility statement in the words of GOV.UK's model statement, so a resident finds the same
 * sections in the same order as on any public sector website.
 */
export async function AccessibilityStatement({ website, runBy, statement, contact }: { website: string; runBy: string; statement: Statement; contact: StatementContact }) {
  const t = await getTranslations("accessibility");
  const link = (href: string) => (chunks: ReactNode) => <Link href={href}>{chunks}</Link>;
  const issues = knownIssuesOf(statement);
  const prepared = statementDate(statement.preparedOn);
  const reviewed = statementDate(statement.reviewedOn);
  const enforcement = enforcementOf(statement.nation);
  const hasContact = Boolean(contact.text || contact.email || contact.phone);
  return (
    <>
      <Heading>{t("title")}</Heading>
      <Body lead>{t("intro", { website })}</Body>
      <Heading level={2}>{t("usingHeading")}</Heading>
      <Body>{t("using", { runBy })}</Body>
      <ul className={listClass}>
        {CAN_DO.map((item) => (
          <li key={item}>{t(`canDo.${item}`)}</li>
        ))}
      </ul>
      <Body>{t("simple")}</Body>
      <Body>{t.rich("abilityNet", { link: link(ABILITYNET) })}</Body>
      {statement.compliance === "full" ? null : (
        <>
          <Heading level={2}>{t("howAccessibleHeading")}</Heading>
          <Body>{t("howAccessible")}</Body>
        </>
      )}
      <section data-testid="accessibility-contact">
        <Heading level={2}>{t("reportingHeading")}</Heading>
        {hasContact ? (
          <>
            <Body>{t("reporting", { runBy })}</Body>
            {contact.text ? <p className="mb-4 whitespace-pre-line text-base sm:text-lg">{contact.text}</p> : null}
            {contact.email || contact.phone ? (
              <ul className={listClass}>
                {contact.email ? (
                  <li>
                    {t("email")} <Link href={`mailto:${contact.email}`}>{contact.email}</Link>
                  </li>
                ) : null}
                {contact.phone ? <li>{t("phone", { phone: contact.phone })}</li> : null}
              </ul>
            ) : null}
          </>
        ) : (
          <Body>{t.rich("reportingByContactPage", { runBy, link: link("/contact") })}</Body>
        )}
      </section>
      <Heading level={2}>{t("enforcementHeading")}</Heading>
      <Body>{t.rich(`enforcement.${enforcement}`, { link: link(ENFORCER[enforcement]) })}</Body>
      <Heading level={2}>{t("technicalHeading")}</Heading>
      <Body>{t("technical", { runBy })}</Body>
      <Heading level={3}>{t("complianceHeading")}</Heading>
      <Body>{t.rich(`compliance.${statement.compliance}`, { link: link(WCAG) })}</Body>
      {statement.compliance === "full" ? null : (
        <section data-testid="non-accessible-content">
          <Heading level={2}>{t("nonAccessibleHeading")}</Heading>
          <Body>{t("nonAccessible")}</Body>
          <Heading level={3}>{t("nonComplianceHeading")}</Heading>
          {issues.length > 0 ? (
            <ul className={listClass}>
              {issues.map((issue) => (
                <li key={issue}>{issue}</li>
              ))}
            </ul>
          ) : (
            <Body>{t("noneListed")}</Body>
          )}
        </section>
      )}
      <Heading level={2}>{t("preparationHeading")}</Heading>
      <Body>{prepared ? `${t("preparedOn", { date: prepared })}${reviewed ? ` ${t("reviewedOn", { date: reviewed })}` : ""}` : t("notPrepared", { runBy })}</Body>
      <Body>{t("testing")}</Body>
    </>
  );
}
