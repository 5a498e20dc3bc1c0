import type { CommandName } from "@trilogue/shared";
import type { ReactNode } from "react";
import { useAction } from "../hooks/use-action";
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

/** A button that sends one command and shows its pending, confirmed or failed state beside it. */
export function CommandButton<C extends CommandName>(props: CommandButtonProps<C>) {
  const { run, action, busy } = useAction(props.command);
  const onClick = async () => {
    if (props.confirm && !window.confirm(props.confirm)) return;
    if (await run(props.payload)) props.onConfirmed?.();
  };
  return (
    <span className="command">
      <button
        type="button"
        className={`button button--${props.variant ?? "secondary"}`}
        onClick={onClick}
        disabled={props.disabled || busy}
        aria-busy={busy}
        aria-label={props.ariaLabel}
      >
        {props.children}
      </button>
      <ActionStatus action={action} />
    </span>
  );
}
