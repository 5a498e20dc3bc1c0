import { useTranslation } from "react-i18next";
import { ItemStatusBadge } from "../../components/Badges";
import { CommandButton } from "../../components/CommandButton";
import { moveItem } from "../../domain/agenda";
import { formatDuration } from "../../domain/time";
import { useAgenda, useConsultation } from "../../hooks/use-consultation";
import { useDisplayWords } from "../display/use-display-words";
import { AddItemForm } from "./AddItemForm";

/** The chair's agenda: open, reopen, reorder and remove items, and add new ones. */
export function AgendaPanel() {
  const { t } = useTranslation();
  const agenda = useAgenda();
  const consultation = useConsultation();
  const words = useDisplayWords();
  const live = consultation?.status === "live";
  // After closing nothing on the agenda can change: no button offers it.
  const closed = consultation?.status === "closed";
  const anyOpen = agenda.some((item) => item.status === "open");
  const order = agenda.map((item) => item.id);
  return (
    <section className="panel" aria-labelledby="agenda-heading">
      <h2 id="agenda-heading" className="panel__title">
        {t("agenda.title")}
      </h2>
      <ol className="agenda" data-testid="agenda">
        {agenda.map((item, index) => (
          <li key={item.id} className={`agenda__item agenda__item--${item.status}`}>
            <span className="agenda__line">
              <span className="agenda__title" dir="auto">
                {item.title}
              </span>
              <ItemStatusBadge status={item.status} />
            </span>
            {item.timeBoxSeconds ? (
              <span className="muted agenda__timebox">
                {t("agenda.timeBoxOf", { duration: formatDuration(item.timeBoxSeconds) })}
              </span>
            ) : null}
            <span className="button-row button-row--tight">
              {item.status === "pending" ? (
                <CommandButton
                  command="agenda:open"
                  payload={{ itemId: item.id }}
                  variant="primary"
                  disabled={!live || anyOpen}
                  ariaLabel={t("agenda.openItem", { title: item.title })}
                >
                  {t("agenda.open")}
                </CommandButton>
              ) : null}
              {item.status === "concluded" && !closed ? (
                <CommandButton
                  command="agenda:reopen"
                  payload={{ itemId: item.id }}
                  disabled={!live || anyOpen}
                  confirm={words.t("chairConsole.reopenConfirm", { title: item.title })}
                  ariaLabel={t("agenda.reopenItem", { title: item.title })}
                >
                  {t("agenda.reopen")}
                </CommandButton>
              ) : null}
              {closed ? null : (
                <>
                  <CommandButton
                    command="agenda:reorder"
                    payload={{ itemIds: moveItem(order, item.id, -1) }}
                    disabled={index === 0}
                    ariaLabel={t("agenda.moveUpItem", { title: item.title })}
                  >
                    <span aria-hidden="true">↑</span>
                  </CommandButton>
                  <CommandButton
                    command="agenda:reorder"
                    payload={{ itemIds: moveItem(order, item.id, 1) }}
                    disabled={index === agenda.length - 1}
                    ariaLabel={t("agenda.moveDownItem", { title: item.title })}
                  >
                    <span aria-hidden="true">↓</span>
                  </CommandButton>
                </>
              )}
              {item.status === "pending" && !closed ? (
                <CommandButton
                  command="agenda:remove"
                  payload={{ itemId: item.id }}
                  variant="danger"
                  confirm={t("agenda.removeConfirm", { title: item.title })}
                  ariaLabel={t("agenda.removeItem", { title: item.title })}
                >
                  {t("agenda.remove")}
                </CommandButton>
              ) : null}
            </span>
          </li>
        ))}
      </ol>
      {!live && consultation?.status !== "closed" ? <p className="hint">{t("agenda.openNeedsLive")}</p> : null}
      {closed ? null : <AddItemForm />}
    </section>
  );
}
