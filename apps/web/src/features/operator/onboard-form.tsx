"use client";

import { Button, ErrorSummary, Link, TextInput } from "@lgp/ui";
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
  doneTitle: string;
  openSite: string;
  errorSummaryTitle: string;
  errorPrefix: string;
}

export function OnboardForm({ labels }: { labels: OnboardLabels }) {
  const [state, action] = useActionState<OnboardState, FormData>(onboardCouncil, { values: {}, errors: [] });
  const error = (field: string) => state.errors.find((e) => e.field === field)?.message;
  return (
    <>
      {state.done ? (
        <div className="mb-8 border-4 border-[#00703c] p-4" role="status" data-testid="onboarded">
          <h2 className="mb-2 text-2xl font-bold">{labels.doneTitle}</h2>
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
        </div>
      ) : null}
      <form action={action} noValidate>
        <ErrorSummary title={labels.errorSummaryTitle} errors={state.errors} />
        <TextInput id="name" label={labels.name} error={error("name")} errorPrefix={labels.errorPrefix} defaultValue={state.values.name} />
        <TextInput id="slug" label={labels.slug} hint={labels.slugHint} error={error("slug")} errorPrefix={labels.errorPrefix} defaultValue={state.values.slug} width="20" spellCheck={false} />
        <TextInput id="hosts" label={labels.hosts} hint={labels.hostsHint} error={error("hosts")} errorPrefix={labels.errorPrefix} defaultValue={state.values.hosts} spellCheck={false} />
        <TextInput
          id="adminEmail"
          type="email"
          label={labels.adminEmail}
          hint={labels.adminEmailHint}
          error={error("adminEmail")}
          errorPrefix={labels.errorPrefix}
          defaultValue={state.values.adminEmail}
          autoComplete="off"
          spellCheck={false}
          width="20"
        />
        <Button>{labels.submit}</Button>
      </form>
    </>
  );
}
