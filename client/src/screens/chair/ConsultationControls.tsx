import { useTranslation } from "react-i18next";
import { ConsultationStatusBadge } from "../../components/Badges";
import { CommandButton } from "../../components/CommandButton";
import { useConsultation } from "../../hooks/use-consultation";

/** The chair's switch for the meeting itself: go live, suspend, resume, close. */
export function ConsultationControls() {
  const { t } = useTranslation();
  const consultation = useConsultation();
  if (!consultation) return null;
  const { status } = consultation;
  return (
    <section className="panel consultation-controls" aria-labelledby="consultation-controls-heading">
      <h2 id="consultation-controls-heading" className="panel__title">
        {t("chair.meeting")}
      </h2>
      <p>
        <ConsultationStatusBadge status={status} />
      </p>
      <div className="button-row">
        {status === "scheduled" ? (
          <CommandButton command="consultation:set-status" payload={{ status: "live" }} variant="primary">
            {t("chair.goLive")}
          </CommandButton>
        ) : null}
        {status === "live" ? (
          <CommandButton command="consultation:set-status" payload={{ status: "suspended" }}>
            {t("chair.suspend")}
          </CommandButton>
        ) : null}
        {status === "suspended" ? (
          <CommandButton command="consultation:set-status" payload={{ status: "live" }} variant="primary">
            {t("chair.resume")}
          </CommandButton>
        ) : null}
        {status !== "closed" ? (
          <CommandButton
            command="consultation:set-status"
            payload={{ status: "closed" }}
            variant="danger"
            confirm={t("chair.closeConfirm")}
          >
            {t("chair.close")}
          </CommandButton>
        ) : (
          <p className="muted">{t("chair.closedNote")}</p>
        )}
      </div>
      {status === "scheduled" ? <p className="hint">{t("chair.goLiveHint")}</p> : null}
    </section>
  );
}
