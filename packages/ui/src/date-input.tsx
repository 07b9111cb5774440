import { describedBy, HintAndError } from "./field";

export type DatePart = "day" | "month" | "year";

const PARTS: DatePart[] = ["day", "month", "year"];
const widths = { day: "w-[5.4ex]", month: "w-[5.4ex]", year: "w-[9ex]" };

interface DateInputProps {
  /**
   * The group's id. Each field's id and posted name is `${id}-day`, `${id}-month` or `${id}-year`, so an
   * error summary links to the first field at fault with `#${id}-month`, and without JavaScript the
   * form posts three plain fields.
   */
  id: string;
  /** The question, usually, like "What is your date of birth?". */
  legend: string;
  hint?: string;
  error?: string;
  /** The fields at fault; all three when there is an error and this names none. */
  errorFields?: DatePart[];
  /** "Error:" in the page's language, read before the message by screen readers. */
  errorPrefix: string;
  /** "Day", "Month", "Year" in the page's language. */
  labels: Record<DatePart, string>;
  values?: Partial<Record<DatePart, string>>;
  /** "bday" for a date of birth, so browsers can fill it in (WCAG 1.3.5). */
  autoComplete?: "bday";
}

/**
 * GOV.UK date input: day, month and year in one fieldset whose legend is the question. Plain text
 * fields with a numeric keypad, not type="number", which spins, drops leading zeros and refuses "Mar".
 */
export function DateInput({ id, legend, hint, error, errorFields, errorPrefix, labels, values = {}, autoComplete }: DateInputProps) {
  const atFault = error ? (errorFields ?? PARTS) : [];
  return (
    <div className={`mb-6 ${error ? "border-l-4 border-error pl-4" : ""}`}>
      {/* role="group" as in GOV.UK Frontend: some screen readers then announce the legend with each field. */}
      <fieldset role="group" aria-describedby={describedBy({ id, hint, error })}>
        <legend className="mb-2 text-lg font-bold">{legend}</legend>
        <HintAndError id={id} hint={hint} error={error} errorPrefix={errorPrefix} />
        <div id={id} className="flex flex-wrap gap-x-5">
          {PARTS.map((part) => (
            <div key={part}>
              <label htmlFor={`${id}-${part}`} className="block text-lg">
                {labels[part]}
              </label>
              <input
                id={`${id}-${part}`}
                name={`${id}-${part}`}
                type="text"
                inputMode="numeric"
                spellCheck={false}
                autoComplete={autoComplete ? `${autoComplete}-${part}` : undefined}
                defaultValue={values[part]}
                aria-invalid={atFault.includes(part) ? true : undefined}
                className={`${widths[part]} border-2 ${atFault.includes(part) ? "border-error" : "border-text"} p-2 text-lg focus:outline-3 focus:outline-offset-0 focus:outline-focus focus:shadow-[inset_0_0_0_2px_var(--color-text)]`}
              />
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
