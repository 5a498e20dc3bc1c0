import { keysOf } from "@trilogue/shared";
import { useTranslation } from "react-i18next";
import { BreakdownChart } from "../../components/BreakdownChart";
import { useAgenda } from "../../hooks/use-consultation";
import { usePolls } from "../../hooks/use-decisions";
import { useItemFigures } from "../../hooks/use-figures";
import { withoutWithheld } from "../drafting/breakdown-rows";
import { ExpectationMatrix } from "./ExpectationMatrix";
import { PollCard } from "./PollCard";
import { stanceColumns, stanceMarks, stanceRows } from "./stance";

/** For every question: each constituency's stances side by side, where they diverge, and the polls. */
export function ConvergenceView() {
  const { t } = useTranslation();
  const agenda = useAgenda();
  return (
    <main className="convergence" id="main" aria-labelledby="convergence-heading">
      <h2 id="convergence-heading" className="convergence__title">
        {t("convergence.title")}
      </h2>
      <p className="muted">{t("convergence.lead")}</p>
      {agenda.map((item, index) => (
        <ItemConvergence
          key={item.id}
          itemId={item.id}
          number={index + 1}
          title={item.title}
          question={item.question}
        />
      ))}
      <section className="panel" aria-labelledby="matrix-heading">
        <h2 id="matrix-heading" className="panel__title">
          {t("expectations.matrixTitle")}
        </h2>
        <ExpectationMatrix />
      </section>
    </main>
  );
}

type ItemProps = { itemId: string; number: number; title: string; question: string };

function ItemConvergence({ itemId, number, title, question }: ItemProps) {
  const { t } = useTranslation();
  const polls = usePolls(itemId).filter((poll) => poll.status === "closed");
  // The summary's own computation: co-signatories counted, lone constituencies withheld, and no
  // convergence claimed from one delegation that belongs to two constituencies.
  const figures = useItemFigures(itemId);
  const breakdown = withoutWithheld(figures.breakdown);
  const { leaning, convergence } = figures;
  return (
    <section
      className="panel convergence__item"
      aria-labelledby={`convergence-${itemId}`}
      data-testid="convergence-item"
    >
      <p className="muted">{t("item.number", { number })}</p>
      <h3 id={`convergence-${itemId}`} dir="auto">
        {title}
      </h3>
      {question ? (
        <p className="convergence__question" dir="auto">
          {question}
        </p>
      ) : null}
      {breakdown.total === 0 ? (
        <p className="muted">{t("positions.none")}</p>
      ) : (
        <>
          <p
            className={convergence === "diverge" ? "notice notice--diverge" : "notice"}
            data-testid="leaning"
            data-convergence={convergence}
          >
            {t(`convergence.${convergence === "too_few" ? "tooFew" : convergence}`)}{" "}
            {keysOf(leaning)
              .flatMap((c) => {
                const stance = leaning[c];
                return stance === undefined ? [] : [{ c, stance }];
              })
              .map(({ c, stance }) =>
                t("convergence.leaning", {
                  constituency: t(`constituency.${c}.short`),
                  stance: `${stanceMarks[stance]} ${t(`stance.${stance}`)}`,
                }),
              )
              .join(t("format.listSeparator"))}
          </p>
          <BreakdownChart
            caption={t("positions.caption", { count: breakdown.total })}
            columns={stanceColumns(t)}
            rows={stanceRows(t, breakdown)}
            palette="stance"
          />
        </>
      )}
      {polls.map((poll) => (
        <PollCard key={poll.id} poll={poll} mode="read" />
      ))}
    </section>
  );
}
