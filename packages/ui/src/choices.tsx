import { describedBy, Field, HintAndError, type FieldProps } from "./field";
import type { ReactNode } from "react";

interface Choice {
  value: string;
  label: string;
  hint?: string;
}

interface ChoicesProps {
  name: string;
  /** Prefix for element ids, where one page has several groups of the same name. */
  id?: string;
  legend: string;
  hint?: string;
  error?: string;
  errorPrefix: string;
  choices: Choice[];
  /** Values checked when the page is drawn. */
  checked: string[];
  type: "checkbox" | "radio";
}

/** GOV.UK checkboxes or radios: a fieldset whose legend is the question, each option with its label. */
export function Choices({ name, id: prefix = name, legend, hint, error, errorPrefix, choices, checked, type }: ChoicesProps) {
  return (
    <div className={`mb-6 ${error ? "border-l-4 border-error pl-4" : ""}`}>
      <fieldset aria-describedby={describedBy({ id: prefix, hint, error })}>
        <legend className="mb-2 text-lg font-bold">{legend}</legend>
        <HintAndError id={prefix} hint={hint} error={error} errorPrefix={errorPrefix} />
        {choices.map((c, i) => {
          const id = i === 0 ? prefix : `${prefix}-${i + 1}`;
          return (
            <div key={c.value} className="mb-2 flex items-start gap-3">
              <input
                id={id}
                name={name}
                type={type}
                value={c.value}
                defaultChecked={checked.includes(c.value)}
                aria-describedby={c.hint ? `${id}-item-hint` : undefined}
                className="mt-1 size-6 accent-text focus:outline-3 focus:outline-focus"
              />
              <div>
                <label htmlFor={id} className="text-lg">
                  {c.label}
                </label>
                {c.hint ? (
                  <div id={`${id}-item-hint`} className="text-secondary-text">
                    {c.hint}
                  </div>
                ) : null}
              </div>
            </div>
          );
        })}
      </fieldset>
    </div>
  );
}

export function Textarea({ defaultValue, rows = 4, ...field }: FieldProps & { defaultValue?: string; rows?: number }) {
  return (
    <Field {...field}>
      <textarea id={field.id} name={field.id} rows={rows} defaultValue={defaultValue} aria-describedby={describedBy(field)} className="w-full border-2 border-text p-2 text-lg focus:outline-3 focus:outline-focus" />
    </Field>
  );
}

export function Notice({ children }: { children: ReactNode }) {
  return (
    <div className="mb-6 border-4 border-[#00703c] p-4" role="status">
      <p className="font-bold">{children}</p>
    </div>
  );
}
