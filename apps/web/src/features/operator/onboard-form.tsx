"use client";

import { Button, ErrorSummary, Link, NotificationBanner, TextInput } from "@lgp/ui";
import { useActionState } from "react";
import { onboardCouncil, type OnboardState } from "./actions";

export interface OnboardLabels {
  name: string;
  slug: string;
  slugHint: string;
  hosts: string;
  hostsHint: string;
  adminEmail: string;
  adminEmailHint: string;
  submit: string;
  successTitle: string;
  doneTitle: string;
  openSite: string;
  errorSummaryTitle: string;
  errorPageTitle: string;
  errorPrefix: string;
}

export function OnboardForm({ labels }: { labels: OnboardLabels }) {
  const [state, action] = useActionState<OnboardState, FormData>(onboardCouncil, { values: {}, errors: [] });
  const error = (field: string) => state.errors.find((e) => e.field === field)?.message;
  const value = (field: string) => (typeof state.values[field] === "string" ? state.values[field] : undefined);
  return (
    <>
      {state.done ? (
        <NotificationBanner variant="success" title={labels.successTitle} heading={labels.doneTitle} testId="onboarded">
          <ol className="list-decimal pl-5">
            {state.done.steps.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
          <p className="mt-4" data-testid="onboarded-site">
            <Link href={state.done.address}>
              {labels.openSite} {state.done.address}
            </Link>
          </p>
        </NotificationBanner>
      ) : null}
      <form action={action} noValidate>
        <ErrorSummary title={labels.errorSummaryTitle} errors={state.errors} pageTitle={labels.errorPageTitle} />
        <TextInput id="name" label={labels.name} error={error("name")} errorPrefix={labels.errorPrefix} defaultValue={value("name")} />
        <TextInput id="slug" label={labels.slug} hint={labels.slugHint} error={error("slug")} errorPrefix={labels.errorPrefix} defaultValue={value("slug")} width="20" spellCheck={false} />
        <TextInput id="hosts" label={labels.hosts} hint={labels.hostsHint} error={error("hosts")} errorPrefix={labels.errorPrefix} defaultValue={value("hosts")} spellCheck={false} />
        <TextInput
          id="adminEmail"
          type="email"
          label={labels.adminEmail}
          hint={labels.adminEmailHint}
          error={error("adminEmail")}
          errorPrefix={labels.errorPrefix}
          defaultValue={value("adminEmail")}
          autoComplete="off"
          spellCheck={false}
          width="20"
        />
        <Button>{labels.submit}</Button>
      </form>
    </>
  );
}
