import { useId, type ReactNode } from "react";

const colours = {
  neutral: "border-brand bg-brand text-brand-text",
  success: "border-success bg-success text-white",
};

interface NotificationBannerProps {
  /** "Important" or "Success" in the page's language: the banner's title bar and its accessible name. */
  title: string;
  variant?: keyof typeof colours;
  /** The message itself, in bold, as GOV.UK's banner heading. */
  heading?: ReactNode;
  /** More detail below the heading: paragraphs, a list, a link. */
  children?: ReactNode;
  testId?: string;
}

/**
 * GOV.UK notification banner. The neutral one tells of something that is not the result of what the
 * person just did, a landmark they can find again; success confirms what they just did, so it is
 * announced at once (role="alert"). GOV.UK Frontend's script also moves focus to a success banner; this
 * one works without JavaScript, so it leads the page instead.
 */
export function NotificationBanner({ title, variant = "neutral", heading, children, testId }: NotificationBannerProps) {
  const titleId = useId();
  return (
    <div
      className={`mb-8 border-[5px] ${colours[variant]}`}
      role={variant === "success" ? "alert" : "region"}
      aria-labelledby={titleId}
      data-testid={testId}
    >
      <div className="px-4 pb-1 pt-0.5 sm:px-5">
        <h2 id={titleId} className="m-0 text-base font-bold sm:text-lg">
          {title}
        </h2>
      </div>
      <div className="bg-canvas p-4 text-text sm:p-5">
        {heading ? <p className="mb-4 text-xl font-bold last:mb-0 sm:text-2xl">{heading}</p> : null}
        {children}
      </div>
    </div>
  );
}
