import { useTranslation } from "react-i18next";
import { ConsultationStatusBadge } from "../../components/Badges";
import { CommandButton } from "../../components/CommandButton";
import { useConsultation } from "../../hooks/use-consultation";

/** The chair's switch for the meeting itself: go live, suspend, resume (closing is apart, {@link ClosingControls}). */
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
      </div>
      {status === "scheduled" ? <p className="hint">{t("chair.goLiveHint")}</p> : null}
    </section>
  );
}

/** Closing the meeting: irreversible, so placed apart at the end of the console and confirmed. */
export function ClosingControls() {
  const { t } = useTranslation();
  const status = useConsultation()?.status;
  if (!status) return null;
  return (
    <section className="panel closing-controls" aria-labelledby="closing-controls-heading">
      <h2 id="closing-controls-heading" className="panel__title">
        {t("chair.close")}
      </h2>
      {status !== "closed" ? (
        <p className="button-row">
          <CommandButton
            command="consultation:set-status"
            payload={{ status: "closed" }}
            variant="danger"
            confirm={t("chair.closeConfirm")}
          >
            {t("chair.close")}
          </CommandButton>
        </p>
      ) : (
        <p className="muted">{t("chair.closedNote")}</p>
      )}
    </section>
  );
}
