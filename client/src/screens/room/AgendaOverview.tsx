import { useTranslation } from "react-i18next";
import { ItemStatusBadge } from "../../components/Badges";
import { useAgenda } from "../../hooks/use-consultation";

/** The whole agenda, read-only, with each item's status and the chair's conclusions. */
export function AgendaOverview() {
  const { t } = useTranslation();
  const agenda = useAgenda();
  return (
    <section className="panel" aria-labelledby="agenda-overview-heading">
      <h2 id="agenda-overview-heading" className="panel__title">
        {t("agenda.title")}
      </h2>
      <ol className="agenda agenda--overview">
        {agenda.map((item) => (
          <li key={item.id} className={`agenda__item agenda__item--${item.status}`}>
            <span className="agenda__line">
              <span className="agenda__title" dir="auto">
                {item.title}
              </span>
              <ItemStatusBadge status={item.status} />
            </span>
            {item.conclusion ? (
              <p className="agenda__conclusion">
                <strong>
                  {t("agenda.conclusion")}
                  {t("format.colon")}
                </strong>
                <span dir="auto">{item.conclusion}</span>
              </p>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
