import { describedBy, Field, type FieldProps } from "./field";

export interface SelectOption {
  value: string;
  label: string;
}

/**
 * GOV.UK select: for choosing one of many where radios would be too long a list, as a search's filter.
 * GOV.UK asks for radios where they fit; a select keeps a search form short above its results.
 */
export function Select({ name, options, defaultValue, ...field }: FieldProps & { name?: string; options: SelectOption[]; defaultValue?: string }) {
  return (
    <Field {...field}>
      <select
        id={field.id}
        name={name ?? field.id}
        defaultValue={defaultValue}
        aria-describedby={describedBy(field)}
        aria-invalid={field.error ? true : undefined}
        className={`min-w-[11.5em] max-w-full border-2 ${field.error ? "border-error" : "border-text"} bg-white p-1.5 text-lg focus:outline-3 focus:outline-offset-0 focus:outline-focus focus:shadow-[inset_0_0_0_2px_var(--color-text)]`}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}
