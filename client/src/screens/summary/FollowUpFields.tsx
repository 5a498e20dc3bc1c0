import { limits } from "@trilogue/shared";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { emptyRow, type FollowUpRow } from "./narrative-form";

/** Props of {@link FollowUpFields}. */
export type FollowUpFieldsProps = {
  /** The rows as the form holds them. */
  rows: FollowUpRow[];
  /** Replaces the rows. */
  onChange(rows: FollowUpRow[]): void;
};

/** The follow-up actions of the summary: one fieldset per action (what, and who is responsible). */
export function FollowUpFields({ rows, onChange }: FollowUpFieldsProps) {
  const { t } = useTranslation();
  const id = useId();
  const update = (key: number, patch: Partial<FollowUpRow>) =>
    onChange(rows.map((row) => (row.key === key ? { ...row, ...patch } : row)));
  return (
    <fieldset className="fieldset">
      <legend>{t("summary.followUp")}</legend>
      {rows.length === 0 ? <p className="muted">{t("summary.noFollowUp")}</p> : null}
      {rows.map((row, index) => (
        <fieldset key={row.key} className="fieldset summary__follow-up">
          <legend>{t("summary.actionLegend", { number: index + 1 })}</legend>
          <label htmlFor={`${id}-${row.key}-action`}>{t("summary.action")}</label>
          <input
            id={`${id}-${row.key}-action`}
            dir="auto"
            maxLength={limits.followUpAction}
            value={row.action}
            onChange={(e) => update(row.key, { action: e.target.value })}
          />
          <label htmlFor={`${id}-${row.key}-responsible`}>{t("summary.responsible")}</label>
          <input
            id={`${id}-${row.key}-responsible`}
            dir="auto"
            maxLength={limits.name}
            value={row.responsible}
            onChange={(e) => update(row.key, { responsible: e.target.value })}
          />
          <span className="button-row">
            <button
              type="button"
              className="button button--secondary"
              onClick={() => onChange(rows.filter((r) => r.key !== row.key))}
            >
              {t("summary.removeAction", { number: index + 1 })}
            </button>
          </span>
        </fieldset>
      ))}
      {rows.length < limits.followUpActions ? (
        <span className="button-row">
          <button type="button" className="button button--secondary" onClick={() => onChange([...rows, emptyRow()])}>
            {t("summary.addAction")}
          </button>
        </span>
      ) : null}
    </fieldset>
  );
}
