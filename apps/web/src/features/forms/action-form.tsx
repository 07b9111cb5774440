"use client";

import { Choices, ErrorSummary, FileInput, Notice, Textarea, TextInput, type FieldError } from "@lgp/ui";
import { createContext, use, useActionState, type ComponentProps, type ReactNode } from "react";

export interface FormState {
  values: Record<string, string | string[]>;
  errors: FieldError[];
  /** Shown after a successful save. */
  saved?: string;
}

const State = createContext<FormState>({ values: {}, errors: [] });
const errorOf = (state: FormState, field: string) => state.errors.find((e) => e.field === field)?.message;

/**
 * A form posting to a server action: a plain POST without JavaScript, and either way the action's
 * answer (errors beside fields, values kept, or a saved notice) is drawn by the fields below.
 */
export function ActionForm({
  action,
  errorSummaryTitle,
  encType,
  children,
}: {
  action: (previous: FormState, form: FormData) => Promise<FormState>;
  errorSummaryTitle: string;
  encType?: "multipart/form-data";
  children: ReactNode;
}) {
  const [state, formAction] = useActionState(action, { values: {}, errors: [] });
  return (
    <State value={state}>
      {state.saved ? <Notice>{state.saved}</Notice> : null}
      <form action={formAction} encType={encType} noValidate>
        <ErrorSummary title={errorSummaryTitle} errors={state.errors} />
        {children}
      </form>
    </State>
  );
}

type Own<T> = Omit<T, "error" | "defaultValue">;

export function FormTextInput(props: Own<ComponentProps<typeof TextInput>> & { defaultValue?: string }) {
  const state = use(State);
  const value = state.values[props.id];
  return <TextInput {...props} error={errorOf(state, props.id)} defaultValue={typeof value === "string" ? value : props.defaultValue} />;
}

export function FormTextarea(props: Own<ComponentProps<typeof Textarea>> & { defaultValue?: string }) {
  const state = use(State);
  const value = state.values[props.id];
  return <Textarea {...props} error={errorOf(state, props.id)} defaultValue={typeof value === "string" ? value : props.defaultValue} />;
}

export function FormChoices(props: Own<ComponentProps<typeof Choices>>) {
  const state = use(State);
  const value = state.values[props.name];
  // Drawn again after a refused submission: a box that was not sent was not ticked.
  const sent = value ?? (state.errors.length > 0 ? [] : undefined);
  const checked = sent === undefined ? props.checked : Array.isArray(sent) ? sent : [sent];
  return <Choices {...props} checked={checked} error={errorOf(state, props.name)} />;
}

export function FormFileInput(props: Own<ComponentProps<typeof FileInput>>) {
  return <FileInput {...props} error={errorOf(use(State), props.id)} />;
}
