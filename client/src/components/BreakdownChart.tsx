import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useFormat } from "../hooks/use-format";

/** One column of a breakdown: an option or a stance. */
export type BreakdownColumn = {
  key: string;
  label: string;
  /** A shape shown beside the label, so meaning never rests on colour alone. */
  mark?: string;
};

/** One row: overall or one constituency; null counts mean withheld. */
export type BreakdownRow = { key: string; label: string; counts: readonly number[] | null };

/** Props of {@link BreakdownChart}. */
export type BreakdownChartProps = {
  /** What the chart shows, read first by screen readers. */
  caption: ReactNode;
  columns: readonly BreakdownColumn[];
  rows: readonly BreakdownRow[];
  /** Class suffix for colours per column kind (`poll`, `stance`). */
  palette?: "poll" | "stance";
};

/**
 * Counts by constituency as a real table: every number is text, and each cell carries a bar
 * (decorative SVG) showing its share of the row, so the Council's and the T/PCCs' rows can be
 * compared at a glance.
 */
export function BreakdownChart({ caption, columns, rows, palette = "poll" }: BreakdownChartProps) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div className="table-scroll">
      <table className={`breakdown breakdown--${palette}`}>
        <caption className="breakdown__caption">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">{t("charts.constituency")}</span>
            </th>
            {columns.map((column, index) => (
              <th key={column.key} scope="col" className={`breakdown__col breakdown__col--${index}`}>
                {column.mark ? <span aria-hidden="true">{column.mark} </span> : null}
                {column.label}
              </th>
            ))}
            <th scope="col">{t("charts.total")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const total = row.counts?.reduce((sum, n) => sum + n, 0) ?? 0;
            return (
              <tr key={row.key} data-row={row.key}>
                <th scope="row">{row.label}</th>
                {columns.map((column, index) => {
                  const count = row.counts?.[index];
                  return (
                    <td key={column.key} data-column={column.key}>
                      {count === undefined ? (
                        <span className="muted">{t("charts.withheld")}</span>
                      ) : (
                        <span className="breakdown__cell">
                          <span className="breakdown__count">{format.number(count)}</span>
                          <svg
                            className="breakdown__bar"
                            viewBox="0 0 100 10"
                            preserveAspectRatio="none"
                            aria-hidden="true"
                          >
                            <rect className="breakdown__track" x="0" y="0" width="100" height="10" />
                            <rect
                              className={`breakdown__fill breakdown__fill--${index}`}
                              x="0"
                              y="0"
                              width={total > 0 ? (count / total) * 100 : 0}
                              height="10"
                            />
                          </svg>
                        </span>
                      )}
                    </td>
                  );
                })}
                <td className="breakdown__total">{row.counts ? format.number(total) : "—"}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
