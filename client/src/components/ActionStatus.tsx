import { type ReactNode, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useReasonWords } from "../i18n/reason-loader";
import { useConsultationStore } from "../stores/consultation-store";
import type { PendingAction } from "../stores/pending-store";
import { reasonText } from "./reason-text";

/** The part of an action that its status line shows. */
export type ActionView = Pick<PendingAction, "status" | "errorCode" | "errorDetail" | "errorReason">;

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
  const outdated = useOutdatedRefusal(action);
  useReasonWords(Boolean(action?.status === "error" && action.errorReason));

  let content: ReactNode = null;
  if (action?.status === "pending") content = <span className="action-status--pending">{t("action.pending")}</span>;
  if (action?.status === "waiting") content = <span className="action-status--waiting">{t("action.waiting")}</span>;
  if (action?.status === "confirmed" && !faded)
    content = <span className="action-status--confirmed">{t("action.confirmed")}</span>;
  if (action?.status === "error" && action.errorCode && !outdated) {
    content = (
      <span className="action-status--error">
        {(action.errorReason ? reasonText(t, action.errorReason) : null) ??
          overrides?.[action.errorCode] ??
          t(`errors.${action.errorCode}`)}
      </span>
    );
  }
  return (
    <span className="action-status" role="status" aria-live="polite">
      {content}
    </span>
  );
}

/** A refusal stays at least this long before the room's next change may clear it. */
export const refusalShownMs = 4000;

/**
 * Whether a refusal for the state of things (CONFLICT, NOT_FOUND) no longer holds: the room has
 * changed since (the brackets were removed, the poll opened), so its reason may be gone. It stays
 * readable for a few seconds first; other errors (role, input, connection) stay until the next try.
 */
function useOutdatedRefusal(action: ActionView | null): boolean {
  const seq = useConsultationStore((s) => s.state?.seq ?? null);
  const stateful = action?.status === "error" && (action.errorCode === "CONFLICT" || action.errorCode === "NOT_FOUND");
  const [since, setSince] = useState<{ seq: number | null; at: number } | null>(null);
  const [outdated, setOutdated] = useState(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new refusal (a retry) starts its own clock.
  useEffect(() => {
    setOutdated(false);
    setSince(stateful ? { seq: useConsultationStore.getState().state?.seq ?? null, at: Date.now() } : null);
  }, [stateful, action]);
  useEffect(() => {
    if (!since || seq === since.seq) return;
    const timer = setTimeout(() => setOutdated(true), Math.max(0, since.at + refusalShownMs - Date.now()));
    return () => clearTimeout(timer);
  }, [since, seq]);
  return outdated;
}
