import type { SummaryNarrative } from "@trilogue/shared";
import { useTranslation } from "react-i18next";
import { useAgenda } from "../../hooks/use-consultation";

/** Props of {@link NarrativeView}. */
export type NarrativeViewProps = {
  narrative: SummaryNarrative;
  /** The heading level of its sections' headings. */
  headingLevel: 3 | 4;
};

/** The narrative read only: what the chair finalises, and what everyone reads once it is final. */
export function NarrativeView({ narrative, headingLevel }: NarrativeViewProps) {
  const { t } = useTranslation();
  const agenda = useAgenda();
  const Heading = headingLevel === 3 ? "h3" : "h4";
  const items = agenda
    .map((item, index) => ({ item, index, summary: narrative.items.find((e) => e.itemId === item.id)?.summary }))
    .filter((entry) => entry.summary);
  const empty = !narrative.overview && items.length === 0 && narrative.followUp.length === 0;
  if (empty) return <p className="muted">{t("summary.emptyNarrative")}</p>;
  return (
    <div className="summary__narrative">
      {narrative.overview ? (
        <>
          <Heading>{t("summary.overview")}</Heading>
          <p dir="auto" className="summary__text" data-testid="summary-overview">
            {narrative.overview}
          </p>
        </>
      ) : null}
      {items.map(({ item, index, summary }) => (
        <div key={item.id}>
          <Heading>{t("summary.itemSummary", { number: index + 1, title: item.title })}</Heading>
          <p dir="auto" className="summary__text">
            {summary}
          </p>
        </div>
      ))}
      {narrative.followUp.length > 0 ? (
        <>
          <Heading>{t("summary.followUp")}</Heading>
          <ol>
            {narrative.followUp.map((entry, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a read-only list in the order written
              <li key={index}>
                <bdi>{entry.action}</bdi>
                {entry.responsible ? (
                  <> {t("format.parenthetical", { text: t("summary.responsibleIs", { who: entry.responsible }) })}</>
                ) : null}
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </div>
  );
}
