import { useTranslation } from "react-i18next";
import { useConnectionStore } from "../stores/connection-store";

/** Shape beside the words, so the state never rests on colour alone. */
const marks = {
  idle: "○",
  connecting: "◔",
  online: "●",
  reconnecting: "◑",
  offline: "✕",
  "signed-out": "✕",
} as const;

/** The always-visible state of the live link. */
export function ConnectionIndicator() {
  const { t } = useTranslation();
  const status = useConnectionStore((s) => s.status);
  if (status === "idle") return null;
  return (
    <span className={`connection connection--${status}`} role="status" aria-live="polite" data-status={status}>
      <span aria-hidden="true" className="connection__mark">
        {marks[status]}
      </span>{" "}
      {t(`connection.${status}`)}
    </span>
  );
}
