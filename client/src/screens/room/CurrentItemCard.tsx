import { useTranslation } from "react-i18next";
import { Countdown } from "../../components/Countdown";
import { useAgenda, useCurrentItem } from "../../hooks/use-consultation";

/** The item under discussion and its question, with the time box; says so when none is open. */
export function CurrentItemCard() {
  const { t } = useTranslation();
  const item = useCurrentItem();
  const agenda = useAgenda();
  if (!item) {
    return (
      <section className="panel current-item current-item--none" aria-labelledby="current-item-heading">
        <h2 id="current-item-heading" className="panel__title">
          {t("item.current")}
        </h2>
        <p className="muted">{t("item.noneOpen")}</p>
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
