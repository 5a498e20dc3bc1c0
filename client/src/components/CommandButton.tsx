import type { CommandName } from "@trilogue/shared";
import { type ReactNode, useRef } from "react";
import { useAction } from "../hooks/use-action";
import { useFocusRescue } from "../hooks/use-focus-rescue";
import type { CommandArgs } from "../realtime/socket-types";
import { ActionStatus } from "./ActionStatus";

/** Props of {@link CommandButton}. */
export type CommandButtonProps<C extends CommandName> = {
  /** The command the button sends. */
  command: C;
  /** Its payload (without the idempotency key). */
  payload: CommandArgs<C>;
  children: ReactNode;
  /** `primary` for the main action of a panel, `danger` for what cannot be undone. */
  variant?: "primary" | "secondary" | "danger";
  disabled?: boolean;
  /** Asks before sending, with this question. */
  confirm?: string;
  /** Called after the server confirmed. */
  onConfirmed?: () => void;
  /** Describes the button further to screen readers (e.g. which delegation). */
  ariaLabel?: string;
};

/**
 * A button that sends one command and shows its pending, confirmed or failed state beside it.
 * Unavailable or busy, it stays focusable (`aria-disabled`) so a keyboard user keeps their place;
 * if it leaves the page while focused, focus moves to the nearest control still there.
 */
export function CommandButton<C extends CommandName>(props: CommandButtonProps<C>) {
  const { run, action, busy } = useAction(props.command);
  const ref = useRef<HTMLButtonElement>(null);
  useFocusRescue(ref);
  const unavailable = Boolean(props.disabled) || busy;
  const onClick = async () => {
    if (unavailable) return;
    if (props.confirm && !window.confirm(props.confirm)) return;
    if (await run(props.payload)) props.onConfirmed?.();
  };
  return (
    <span className="command">
      <button
        ref={ref}
        type="button"
        className={`button button--${props.variant ?? "secondary"}`}
        onClick={onClick}
        aria-disabled={unavailable}
        aria-busy={busy}
        aria-label={props.ariaLabel}
      >
        {props.children}
      </button>
      <ActionStatus action={action} />
    </span>
  );
}
