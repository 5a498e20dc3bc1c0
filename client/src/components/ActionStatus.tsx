import { type ReactNode, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { PendingAction } from "../stores/pending-store";

/** The part of an action that its status line shows. */
export type ActionView = Pick<PendingAction, "status" | "errorCode" | "errorDetail">;

/** Props of {@link ActionStatus}. */
export type ActionStatusProps = {
  /** The action to describe, or null before any. */
  action: ActionView | null;
  /** How long "Done" stays before it fades (ms). */
  confirmedForMs?: number;
  /** Wording that fits this action better than the general words for a code. */
  overrides?: Partial<Record<NonNullable<ActionView["errorCode"]>, string>>;
};

/**
 * Says, in plain words and politely to screen readers, whether an action is being sent, waits for
 * the connection, counted, or failed and why.
 */
export function ActionStatus({ action, confirmedForMs = 6000, overrides }: ActionStatusProps) {
  const { t } = useTranslation();
  const [faded, setFaded] = useState(false);
  const status = action?.status;
  useEffect(() => {
    setFaded(false);
    if (status !== "confirmed") return;
    const timer = setTimeout(() => setFaded(true), confirmedForMs);
    return () => clearTimeout(timer);
  }, [status, confirmedForMs]);

  let content: ReactNode = null;
  if (action?.status === "pending") content = <span className="action-status--pending">{t("action.pending")}</span>;
  if (action?.status === "waiting") content = <span className="action-status--waiting">{t("action.waiting")}</span>;
  if (action?.status === "confirmed" && !faded)
    content = <span className="action-status--confirmed">{t("action.confirmed")}</span>;
  if (action?.status === "error" && action.errorCode) {
    content = (
      <span className="action-status--error">
        {overrides?.[action.errorCode] ?? t(`errors.${action.errorCode}`)}
        {action.errorDetail ? (
          <>
            {" "}
            {/* The server's own words, in English: a detail for whoever has to report the problem. */}
            <bdi className="action-status__detail" lang="en">
              ({action.errorDetail})
            </bdi>
          </>
        ) : null}
      </span>
    );
  }
  return (
    <span className="action-status" role="status" aria-live="polite">
      {content}
    </span>
  );
}
