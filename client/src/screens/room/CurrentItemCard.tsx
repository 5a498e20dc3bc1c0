import { useTranslation } from "react-i18next";
import { Countdown } from "../../components/Countdown";
import { useAgenda, useCurrentItem, useLastConcludedItem } from "../../hooks/use-consultation";

/** The item under discussion and its question, with the time box; when none is open, the item last concluded. */
export function CurrentItemCard() {
  const { t } = useTranslation();
  const item = useCurrentItem();
  const agenda = useAgenda();
  const concluded = useLastConcludedItem();
  if (!item) {
    const number = concluded ? agenda.findIndex((candidate) => candidate.id === concluded.id) + 1 : 0;
    return (
      <section className="panel current-item current-item--none" aria-labelledby="current-item-heading">
        <h2 id="current-item-heading" className="panel__title">
          {t("item.current")}
        </h2>
        {concluded ? (
          <>
            <p data-testid="item-concluded">{t("item.concludedNow", { number })}</p>
            <h3 className="current-item__title" dir="auto">
              {concluded.title}
            </h3>
            {concluded.conclusion ? (
              <>
                <p className="current-item__number">{t("item.conclusion")}</p>
                <blockquote className="current-item__question" dir="auto">
                  {concluded.conclusion}
                </blockquote>
              </>
            ) : null}
          </>
        ) : (
          <p className="muted">{t("item.noneOpen")}</p>
        )}
      </section>
    );
  }
  const number = agenda.findIndex((candidate) => candidate.id === item.id) + 1;
  return (
    <section className="panel current-item" aria-labelledby="current-item-heading">
      <h2 id="current-item-heading" className="panel__title">
        {t("item.current")}
      </h2>
      <p className="current-item__number">{t("item.number", { number })}</p>
      <h3 className="current-item__title" data-testid="current-item-title" dir="auto">
        {item.title}
      </h3>
      {item.question ? (
        <blockquote className="current-item__question" dir="auto">
          {item.question}
        </blockquote>
      ) : null}
      {item.deadlineAt ? (
        <p className="current-item__timebox">
          {t("item.timeBox")}
          {t("format.colon")}
          <Countdown deadlineAt={item.deadlineAt} />
        </p>
      ) : null}
    </section>
  );
}
