import { describedBy, HintAndError } from "./field";

export interface ChoiceItem {
  value: string;
  label: string;
  hint?: string;
}

interface ChoiceGroupProps {
  /** The name every option posts under. */
  name: string;
  /**
   * Prefix for element ids, where one page has several groups of the same name. The first option's id
   * is this, as in GOV.UK Frontend, so an error summary's `#name` link lands on the first option.
   */
  id?: string;
  /** The question, like "Which services does your site offer?". */
  legend: string;
  hint?: string;
  error?: string;
  /** "Error:" in the page's language, read before the message by screen readers. */
  errorPrefix: string;
  items: ChoiceItem[];
  /** On a question page (one question per page), the legend is the page's heading, as GOV.UK asks. */
  pageHeading?: boolean;
}

// The native control stays in place, invisible and 44px square, so it keeps its keyboard behaviour,
// its click target and its state; the label draws the large GOV.UK control beside it from that state.
const label = {
  radio:
    "before:rounded-full after:left-3 after:top-3 after:size-0 after:rounded-full after:border-[10px] after:border-current after:bg-current",
  checkbox:
    "after:left-2.5 after:top-[13px] after:box-border after:h-3 after:w-[23px] after:-rotate-45 after:border-b-[5px] after:border-l-[5px] after:border-current",
};

function ChoiceGroup({ type, name, id: prefix = name, legend, hint, error, errorPrefix, items, checked, inline = false, pageHeading = false }: ChoiceGroupProps & { type: "radio" | "checkbox"; checked: string[]; inline?: boolean }) {
  return (
    <div className={`mb-6 ${error ? "border-l-4 border-error pl-4" : ""}`}>
      <fieldset aria-describedby={describedBy({ id: prefix, hint, error })}>
        {pageHeading ? (
          <legend className="mb-4">
            <h1 className="text-3xl font-bold sm:text-5xl">{legend}</h1>
          </legend>
        ) : (
          <legend className="mb-2 text-lg font-bold">{legend}</legend>
        )}
        <HintAndError id={prefix} hint={hint} error={error} errorPrefix={errorPrefix} />
        <div className={inline ? "flex flex-wrap gap-x-5 gap-y-2.5" : undefined}>
          {items.map((item, i) => {
            const id = i === 0 ? prefix : `${prefix}-${i + 1}`;
            return (
              <div key={item.value} className={`relative flex flex-wrap ${inline ? "" : "mb-2.5 last:mb-0"}`}>
                <input
                  id={id}
                  name={name}
                  type={type}
                  value={item.value}
                  defaultChecked={checked.includes(item.value)}
                  aria-describedby={item.hint ? `${id}-item-hint` : undefined}
                  className="peer z-10 m-0 size-11 shrink-0 cursor-pointer opacity-0"
                />
                <label
                  htmlFor={id}
                  className={`max-w-[calc(100%-74px)] cursor-pointer touch-manipulation self-center px-[15px] py-[7px] text-lg before:absolute before:left-0.5 before:top-0.5 before:box-border before:size-10 before:border-2 before:border-current before:content-[''] after:absolute after:opacity-0 after:content-[''] peer-checked:after:opacity-100 peer-focus:before:border-4 peer-focus:before:shadow-[0_0_0_4px_var(--color-focus)] peer-focus:before:outline-3 peer-focus:before:outline-offset-1 peer-focus:before:outline-transparent ${label[type]}`}
                >
                  {item.label}
                </label>
                {item.hint ? (
                  <div id={`${id}-item-hint`} className="-mt-[5px] block w-full pl-[59px] pr-[15px] text-secondary-text">
                    {item.hint}
                  </div>
                ) : null}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

/** GOV.UK radios: one answer from a few, in a fieldset whose legend is the question. */
export function Radios({ value, inline, ...group }: ChoiceGroupProps & { value?: string; /** For two short answers, like Yes and No. */ inline?: boolean }) {
  return <ChoiceGroup {...group} type="radio" checked={value === undefined ? [] : [value]} inline={inline} />;
}

/** GOV.UK checkboxes: any number of answers; an unticked group posts nothing under its name. */
export function Checkboxes({ values = [], ...group }: ChoiceGroupProps & { values?: string[] }) {
  return <ChoiceGroup {...group} type="checkbox" checked={values} />;
}
