import { formatDateTime } from "@lgp/time";
import { Body, Button, Heading, Table } from "@lgp/ui";
import { getTranslations } from "next-intl/server";
import { ActionForm, type FormState } from "~/features/forms/action-form";
import { showActor } from "~/server/display";
import { PENDING_INVITATIONS } from "./manage-invitation";

export interface ListedInvitation {
  id: number;
  email: string;
  role: string;
  invitedBy: string;
  sentAt: Date;
  expiresAt: Date;
  /** The organisation a provider role is in, where the list spans several. */
  organisation?: string | null;
}

/**
 * Invitations waiting to be accepted, each with Resend and Cancel. The whole list is one form whose
 * buttons name their invitation, so the banner saying what was done stays above the list even when
 * the row it was about has gone.
 */
export async function PendingInvitations({
  heading,
  invitations,
  action,
  titles,
  headingLevel = 2,
  idPrefix = "",
}: {
  heading: string;
  invitations: ListedInvitation[];
  action: (previous: FormState, form: FormData) => Promise<FormState>;
  /** The page's form titles (formTitles in server/page-title.ts). */
  titles: { errorSummaryTitle: string; errorPageTitle: string };
  headingLevel?: 2 | 3;
  /** Where a page lists several (one per organisation), what sets each one's ids apart. */
  idPrefix?: string;
}) {
  const t = await getTranslations("pendingInvitations");
  const roles = await getTranslations("roles");
  const actors = await getTranslations("actors");
  const roleOf = (i: ListedInvitation) => (i.organisation ? t("roleIn", { role: roles(i.role), organisation: i.organisation }) : roles(i.role));
  const buttonText = (label: string, email: string) => (
    <>
      {label}
      <span className="sr-only"> {t("hidden", { email })}</span>
    </>
  );
  return (
    <section aria-label={heading} data-testid="pending-invitations">
      <Heading level={headingLevel}>{heading}</Heading>
      <ActionForm action={action} {...titles} idPrefix={idPrefix}>
        <div id={`${idPrefix}${PENDING_INVITATIONS}`}>
          {invitations.length === 0 ? (
            <Body>{t("none")}</Body>
          ) : (
            <Table
              caption={heading}
              captionSize="hidden"
              columns={[
                { label: t("columns.email"), wrap: "anywhere" },
                { label: t("columns.role") },
                { label: t("columns.invitedBy"), wrap: "anywhere" },
                { label: t("columns.sent") },
                { label: t("columns.expires") },
                { label: t("columns.actions") },
              ]}
              firstCellIsHeader
              rows={invitations.map((i) => ({
                key: i.id,
                cells: [
                  i.email,
                  roleOf(i),
                  showActor(i.invitedBy, actors),
                  formatDateTime(i.sentAt),
                  formatDateTime(i.expiresAt),
                  <div key="actions" className="flex flex-wrap gap-x-2">
                    <Button variant="secondary" name="resend" value={String(i.id)}>
                      {buttonText(t("resend"), i.email)}
                    </Button>
                    <Button variant="secondary" name="cancel" value={String(i.id)}>
                      {buttonText(t("cancel"), i.email)}
                    </Button>
                  </div>,
                ],
              }))}
            />
          )}
        </div>
      </ActionForm>
    </section>
  );
}
