import { useTranslation } from "react-i18next";
import { ConsultationStatusBadge } from "../../components/Badges";
import { useFormat } from "../../hooks/use-format";
import { useOperatorStore } from "../../stores/operator-store";
import { CreateConsultationForm } from "./CreateConsultationForm";

/** The consultations on this server, newest first; pick one to set it up. */
export function ConsultationsPanel() {
  const { t } = useTranslation();
  const format = useFormat();
  const consultations = useOperatorStore((s) => s.consultations);
  const selectedId = useOperatorStore((s) => s.detail?.consultation.id ?? null);
  const select = useOperatorStore((s) => s.select);
  return (
    <>
      <section className="panel" aria-labelledby="consultations-heading">
        <h2 id="consultations-heading" className="panel__title">
          {t("operator.consultations")}
        </h2>
        {consultations.length === 0 ? <p className="muted">{t("operator.noConsultations")}</p> : null}
        <ul className="choice-list">
          {consultations.map((consultation) => (
            <li key={consultation.id}>
              <button
                type="button"
                className="choice"
                aria-pressed={consultation.id === selectedId}
                onClick={() => void select(consultation.id)}
              >
                <span className="choice__title" dir="auto">
                  {consultation.title}
                </span>
                <span className="choice__meta">
                  {format.date(consultation.date)}
                  {t("format.separator")}
                  <ConsultationStatusBadge status={consultation.status} />
                </span>
              </button>
            </li>
          ))}
        </ul>
      </section>
      <CreateConsultationForm />
    </>
  );
}
