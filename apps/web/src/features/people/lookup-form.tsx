"use client";

import { Body, Button, ErrorSummary, Heading, TextInput } from "@lgp/ui";
import { useActionState } from "react";
import { lookUpPerson, type LookupState } from "./actions";

export interface LookupLabels {
  email: string;
  submit: string;
  notFound: string;
  roles: string;
  signIn: string;
  since: string;
  errorSummaryTitle: string;
  errorPageTitle: string;
  errorPrefix: string;
  roleNames: Record<string, string>;
  methodNames: Record<string, string>;
}

export function LookupForm({ labels }: { labels: LookupLabels }) {
  const [state, action] = useActionState<LookupState, FormData>(lookUpPerson, { email: "" });
  return (
    <>
      <form action={action} noValidate>
        <ErrorSummary title={labels.errorSummaryTitle} errors={state.error ? [{ field: "email", message: state.error }] : []} pageTitle={labels.errorPageTitle} />
        <TextInput id="email" type="email" label={labels.email} error={state.error} errorPrefix={labels.errorPrefix} defaultValue={state.email} width="20" spellCheck={false} autoComplete="off" />
        <Button>{labels.submit}</Button>
      </form>
      {state.searched && !state.record ? <Body>{labels.notFound}</Body> : null}
      {state.record ? (
        <section aria-labelledby="record-heading" data-testid="person-record">
          <Heading level={2}>
            <span id="record-heading">{state.record.email}</span>
          </Heading>
          <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2">
            <dt className="font-bold">{labels.roles}</dt>
            <dd>{state.record.roles.map((r) => labels.roleNames[r] ?? r).join(", ")}</dd>
            <dt className="font-bold">{labels.signIn}</dt>
            <dd>{state.record.signInMethods.map((m) => labels.methodNames[m] ?? m).join(", ")}</dd>
            <dt className="font-bold">{labels.since}</dt>
            <dd>{state.record.since}</dd>
          </dl>
        </section>
      ) : null}
    </>
  );
}
