import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { pausedTurn, secondsLeftWhenPaused } from "../../domain/floor";
import { formatDuration } from "../../domain/time";
import { useDelegationName } from "../../hooks/use-consultation";
import { useConsultationStore } from "../../stores/consultation-store";
import "./paused-turn.css";

const noRequests = {};

/** Props of {@link PausedTurn}. */
export type PausedTurnProps = {
  itemId: string;
  /** `display`: projector-sized text. */
  variant?: "panel" | "display";
};

/**
 * The speaker a point of order interrupted, and the time they will have when they resume; nothing
 * when no turn is paused. The time is fixed while paused, so it does not tick.
 */
export function PausedTurn({ itemId, variant = "panel" }: PausedTurnProps) {
  const { t } = useTranslation();
  const requests = useConsultationStore((s) => s.state?.floorRequests ?? noRequests);
  const turn = useMemo(() => pausedTurn(requests, itemId), [requests, itemId]);
  const name = useDelegationName(turn?.delegationId ?? null);
  if (!turn) return null;
  const left = secondsLeftWhenPaused(turn);
  return (
    <p className={`paused-turn paused-turn--${variant}`} data-testid="paused-turn">
      <span className="kind kind--paused">{t("floorPause.paused")}</span> <bdi>{name}</bdi>
      {left !== null ? (
        <>
          {t("format.separator")}
          {t("floorPause.leftOnResume", { time: formatDuration(left) })}
        </>
      ) : null}
    </p>
  );
}
