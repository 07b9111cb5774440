import { describedBy, Field, type FieldProps } from "./field";
import type { ReactNode } from "react";

export interface FieldError {
  field: string;
  message: string;
}

interface TextInputProps extends FieldProps {
  name?: string;
  type?: "text" | "email" | "url" | "password";
  autoComplete?: string;
  defaultValue?: string;
  width?: "full" | "20" | "10";
  spellCheck?: boolean;
}

const widths = { full: "w-full", "20": "w-full max-w-[41ex]", "10": "w-full max-w-[23ex]" };

/** GOV.UK text input: label, optional hint, the error above the input, all tied together for screen readers. */
export function TextInput({ name, type = "text", autoComplete, defaultValue, width = "full", spellCheck, ...field }: TextInputProps) {
  return (
    <Field {...field}>
      <input
        id={field.id}
        name={name ?? field.id}
        type={type}
        autoComplete={autoComplete}
        spellCheck={spellCheck}
        defaultValue={defaultValue}
        aria-describedby={describedBy(field)}
        aria-invalid={field.error ? true : undefined}
        className={`${widths[width]} border-2 ${field.error ? "border-error" : "border-text"} p-2 text-lg focus:outline-3 focus:outline-offset-0 focus:outline-focus focus:shadow-[inset_0_0_0_2px_var(--color-text)]`}
      />
    </Field>
  );
}

export function Button({ children, variant = "primary", name, value }: { children: ReactNode; variant?: "primary" | "secondary" | "warning"; name?: string; value?: string }) {
  const colours = {
    primary: "bg-[#00703c] text-white hover:bg-[#005a30]",
    secondary: "bg-[#f3f2f1] text-text hover:bg-[#dbdad9]",
    warning: "bg-error text-white hover:bg-[#a22b2b]",
  };
  return (
    <button
      type="submit"
      name={name}
      value={value}
      className={`${colours[variant]} mb-6 inline-block border-b-2 border-[#002d18] px-4 py-2 text-lg focus:bg-focus focus:text-focus-text focus:outline-3 focus:outline-focus focus:border-text`}
    >
      {children}
    </button>
  );
}
