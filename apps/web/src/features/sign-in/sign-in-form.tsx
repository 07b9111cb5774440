"use client";

import { Button, ErrorSummary, TextInput } from "@lgp/ui";
import { useActionState } from "react";
import { requestSignInLink, type SignInState } from "./actions";

export interface SignInLabels {
  email: string;
  hint: string;
  submit: string;
  errorSummaryTitle: string;
  errorPrefix: string;
}

/** Posts to a server action: works as a plain form without JavaScript, and shows errors either way. */
export function SignInForm({ labels }: { labels: SignInLabels }) {
  const [state, action] = useActionState<SignInState, FormData>(requestSignInLink, { email: "" });
  return (
    <form action={action} noValidate>
      <ErrorSummary title={labels.errorSummaryTitle} errors={state.error ? [{ field: "email", message: state.error }] : []} />
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
