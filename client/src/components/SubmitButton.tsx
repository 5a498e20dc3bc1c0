import { type ReactNode, useRef } from "react";
import { useFocusRescue } from "../hooks/use-focus-rescue";

/** Props of {@link SubmitButton}. */
export type SubmitButtonProps = {
  children: ReactNode;
  /** `primary` for the main action of a form, `danger` for an objection. */
  variant?: "primary" | "secondary" | "danger";
  /** The form's action is under way. */
  busy?: boolean;
  /** The form cannot be sent as it stands. */
  disabled?: boolean;
};

/**
 * A form's submit button that stays focusable while unavailable (`aria-disabled`), so pressing
 * Enter on it does not throw a keyboard user's focus to the top of the page; an unavailable
 * button's click, and so the form's implicit submission, is cancelled.
 */
export function SubmitButton({ children, variant = "primary", busy = false, disabled = false }: SubmitButtonProps) {
  const ref = useRef<HTMLButtonElement>(null);
  useFocusRescue(ref);
  const unavailable = busy || disabled;
  return (
    <button
      ref={ref}
      type="submit"
      className={`button button--${variant}`}
      aria-disabled={unavailable}
      aria-busy={busy}
      onClick={(event) => {
        if (unavailable) event.preventDefault();
      }}
    >
      {children}
    </button>
  );
}
