"use client";

import { Checkboxes, DateInput, ErrorSummary, FileInput, NotificationBanner, Radios, Select, Textarea, TextInput, type DatePart, type FieldError } from "@lgp/ui";
import { createContext, use, useActionState, type ComponentProps, type ReactNode } from "react";

export interface FormState {
  values: Record<string, string | string[]>;
  errors: FieldError[];
  /** Shown after a successful save, in a success banner: its title ("Success") and message. */
  saved?: { title: string; message: string };
}

const State = createContext<FormState>({ values: {}, errors: [] });
const errorOf = (state: FormState, field: string) => state.errors.find((e) => e.field === field)?.message;

/**
 * A form posting to a server action: a plain POST without JavaScript, and either way the action's
 * answer (errors beside fields, values kept, or a saved notice) is drawn by the fields below. Errors are
 * named by the fields the action reads; where one page has several forms with the same fields, each
 * form's elements carry `idPrefix` before the name, and its error summary links there.
 */
export function ActionForm({
  action,
  errorSummaryTitle,
  errorPageTitle,
  idPrefix = "",
  encType,
  children,
}: {
  action: (previous: FormState, form: FormData) => Promise<FormState>;
  errorSummaryTitle: string;
  /** The page's title while the form shows errors ("Error: …"). */
  errorPageTitle: string;
  idPrefix?: string;
  encType?: "multipart/form-data";
  children: ReactNode;
}) {
  const [state, formAction] = useActionState(action, { values: {}, errors: [] });
  const linked = state.errors.map((e) => ({ ...e, field: `${idPrefix}${e.field}` }));
  return (
    <State value={state}>
      {state.saved ? <NotificationBanner variant="success" title={state.saved.title} heading={state.saved.message} /> : null}
      <form action={formAction} encType={encType} noValidate>
        <ErrorSummary title={errorSummaryTitle} errors={linked} pageTitle={errorPageTitle} />
        {children}
      </form>
    </State>
  );
}

type Own<T> = Omit<T, "error" | "defaultValue">;

export function FormTextInput(props: Own<ComponentProps<typeof TextInput>> & { defaultValue?: string }) {
  const state = use(State);
  const name = props.name ?? props.id;
  const value = state.values[name];
  return <TextInput {...props} error={errorOf(state, name)} defaultValue={typeof value === "string" ? value : props.defaultValue} />;
}

export function FormSelect(props: Own<ComponentProps<typeof Select>> & { defaultValue?: string }) {
  const state = use(State);
  const name = props.name ?? props.id;
  const value = state.values[name];
  return <Select {...props} error={errorOf(state, name)} defaultValue={typeof value === "string" ? value : props.defaultValue} />;
}

export function FormTextarea(props: Own<ComponentProps<typeof Textarea>> & { defaultValue?: string }) {
  const state = use(State);
  const name = props.name ?? props.id;
  const value = state.values[name];
  return <Textarea {...props} error={errorOf(state, name)} defaultValue={typeof value === "string" ? value : props.defaultValue} />;
}

/** Drawn again after a refused submission as sent (a box that was not sent was not ticked); else as the page says. */
function sentChoices(state: FormState, name: string): string[] | undefined {
  const value = state.values[name] ?? (state.errors.length > 0 ? [] : undefined);
  return value === undefined ? undefined : Array.isArray(value) ? value : [value];
}

/** `errorShown` false: one of several groups posting the same name (a day of times), whose error the first shows. */
export function FormRadios({ errorShown = true, ...props }: Own<ComponentProps<typeof Radios>> & { value?: string; errorShown?: boolean }) {
  const state = use(State);
  const sent = sentChoices(state, props.name);
  return <Radios {...props} value={sent ? sent[0] : props.value} error={errorShown ? errorOf(state, props.name) : undefined} />;
}

export function FormCheckboxes(props: Own<ComponentProps<typeof Checkboxes>>) {
  const state = use(State);
  return <Checkboxes {...props} values={sentChoices(state, props.name) ?? props.values} error={errorOf(state, props.name)} />;
}

/**
 * A date as three fields. Its error is the one the action gave `${id}-<first field at fault>` (the
 * error summary links there); `defaultValue` is an ISO date, like 2026-11-26.
 */
export function FormDateInput(props: Omit<ComponentProps<typeof DateInput>, "error" | "errorFields" | "values"> & { defaultValue?: string }) {
  const state = use(State);
  const { defaultValue, ...rest } = props;
  const error = state.errors.find((e) => e.field.startsWith(`${props.id}-`));
  // After a refusal elsewhere in the form, a date that was read is sent back as the ISO date it made.
  const sent = state.values[props.id];
  const iso = typeof sent === "string" ? sent : defaultValue;
  const [year = "", month = "", day = ""] = iso ? iso.split("-").map((n) => String(Number(n))) : [];
  const part = (name: DatePart, fallback: string) => {
    const value = state.values[`${props.id}-${name}`];
    return typeof value === "string" ? value : fallback;
  };
  return <DateInput {...rest} error={error?.message} values={{ day: part("day", day), month: part("month", month), year: part("year", year) }} />;
}

export function FormFileInput(props: Own<ComponentProps<typeof FileInput>>) {
  return <FileInput {...props} error={errorOf(use(State), props.id)} />;
}
