import type { ReactNode } from "react";

export interface FieldProps {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  /** "Error:" in the page's language, read before the message by screen readers. */
  errorPrefix: string;
  /** On a question page (one question per page), the label is the page's heading, as GOV.UK asks. */
  pageHeading?: boolean;
}

/** The ids a field's control points at with aria-describedby: its hint and its error, when present. */
export function describedBy({ id, hint, error }: Pick<FieldProps, "id" | "hint" | "error">): string | undefined {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

/** Hint and error message, GOV.UK style: the error above the control, prefixed for screen readers. */
export function HintAndError({ id, hint, error, errorPrefix }: Omit<FieldProps, "label">) {
  return (
    <>
      {hint ? (
        <div id={`${id}-hint`} className="mb-2 text-secondary-text">
          {hint}
        </div>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="mb-2 font-bold text-error">
          <span className="sr-only">{errorPrefix}</span> {error}
        </p>
      ) : null}
    </>
  );
}

/** A form group: a red bar beside it when in error, the label, hint and error, then the control. */
export function Field({ id, label, hint, error, errorPrefix, pageHeading = false, children }: FieldProps & { children: ReactNode }) {
  const labelled = (
    <label htmlFor={id} className={pageHeading ? "mb-4 block text-3xl font-bold sm:text-5xl" : "mb-1 block text-lg font-bold"}>
      {label}
    </label>
  );
  return (
    <div className={`mb-6 ${error ? "border-l-4 border-error pl-4" : ""}`}>
      {pageHeading ? <h1>{labelled}</h1> : labelled}
      <HintAndError id={id} hint={hint} error={error} errorPrefix={errorPrefix} />
      {children}
    </div>
  );
}

export function FileInput({ accept, ...field }: FieldProps & { accept: string }) {
  return (
    <Field {...field}>
      <input id={field.id} name={field.id} type="file" accept={accept} aria-describedby={describedBy(field)} className="text-lg focus:outline-3 focus:outline-focus" />
    </Field>
  );
}

/** `name` defaults to the id; they differ where one page has two forms with a field of the same name. */
export function Textarea({ name, defaultValue, rows = 4, ...field }: FieldProps & { name?: string; defaultValue?: string; rows?: number }) {
  return (
    <Field {...field}>
      <textarea id={field.id} name={name ?? field.id} rows={rows} defaultValue={defaultValue} aria-describedby={describedBy(field)} className="w-full border-2 border-text p-2 text-lg focus:outline-3 focus:outline-focus" />
    </Field>
  );
}
