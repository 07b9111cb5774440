"use client";

import { Button, ErrorSummary, TextInput } from "@lgp/ui";
import { useActionState } from "react";
import { requestSignInLink, type SignInState } from "./actions";

export interface SignInLabels {
  email: string;
  hint: string;
  submit: string;
  errorSummaryTitle: string;
  errorPageTitle: string;
  errorPrefix: string;
}

/** Posts to a server action: works as a plain form without JavaScript, and shows errors either way. */
export function SignInForm({ labels, returnTo }: { labels: SignInLabels; returnTo: string | null }) {
  const [state, action] = useActionState<SignInState, FormData>(requestSignInLink, { email: "" });
  return (
    <form action={action} noValidate>
      <ErrorSummary title={labels.errorSummaryTitle} errors={state.error ? [{ field: "email", message: state.error }] : []} pageTitle={labels.errorPageTitle} />
      {returnTo ? <input type="hidden" name="returnTo" value={returnTo} /> : null}
      <TextInput
        id="email"
        type="email"
        label={labels.email}
        hint={labels.hint}
        error={state.error}
        errorPrefix={labels.errorPrefix}
        autoComplete="email"
        spellCheck={false}
        defaultValue={state.email}
        width="20"
      />
      <Button>{labels.submit}</Button>
    </form>
  );
}
