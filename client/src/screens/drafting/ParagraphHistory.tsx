import { redline } from "@trilogue/shared";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useDelegations } from "../../hooks/use-consultation";
import { useParagraphVersions } from "../../hooks/use-drafting";
import { useConsultationStore } from "../../stores/consultation-store";
import { Redline } from "./Redline";

/** Props of {@link ParagraphHistory}. */
export type ParagraphHistoryProps = {
  paragraphId: string;
};

/** Every version of a paragraph with its author and state, and a redline between any two. */
export function ParagraphHistory({ paragraphId }: ParagraphHistoryProps) {
  const { t } = useTranslation();
  const id = useId();
  const versions = useParagraphVersions(paragraphId);
  const delegations = useDelegations();
  const participants = useConsultationStore((s) => s.state?.participants);
  const latest = versions.at(-1)?.version ?? 1;
  const [range, setRange] = useState<{ from: number | null; to: number | null }>({ from: null, to: null });
  const from = range.from ?? Math.max(1, latest - 1);
  const to = range.to ?? latest;
  const older = versions.find((v) => v.version === from);
  const newer = versions.find((v) => v.version === to);
  const authorOf = (v: (typeof versions)[number]) => {
    if (v.authorId === null) return t("drafting.bySilence");
    const person = participants?.[v.authorId]?.displayName ?? "";
    const delegation = v.authorDelegationId ? delegations[v.authorDelegationId]?.name : null;
    return delegation ? `${person} (${delegation})` : person;
  };
  const choose = (label: string, value: number, onChange: (n: number) => void, suffix: string) => (
    <span>
      <label htmlFor={`${id}-${suffix}`}>{label}</label>{" "}
      <select id={`${id}-${suffix}`} value={value} onChange={(e) => onChange(Number(e.target.value))}>
        {versions.map((v) => (
          <option key={v.version} value={v.version}>
            {v.version}
          </option>
        ))}
      </select>
    </span>
  );
  return (
    <details className="disclosure paragraph__history">
      <summary>{t("drafting.history")}</summary>
      <ol className="versions">
        {versions.map((v) => (
          <li key={v.id} data-testid="paragraph-version">
            {t("drafting.versionBy", {
              version: v.version,
              state: t(`drafting.state.${v.state}`),
              author: authorOf(v),
            })}
            {v.note ? <span className="muted"> · {v.note}</span> : null}
          </li>
        ))}
      </ol>
      {versions.length > 1 ? (
        <div className="compare button-row">
          {choose(t("drafting.compareFrom"), from, (n) => setRange({ from: n, to }), "from")}
          {choose(t("drafting.compareTo"), to, (n) => setRange({ from, to: n }), "to")}
        </div>
      ) : null}
      {older && newer && versions.length > 1 ? (
        older.text === newer.text ? (
          <p className="muted">{t("drafting.noChange")}</p>
        ) : (
          <Redline segments={redline(older.text, newer.text)} label={t("drafting.redlineCaption", { from, to })} />
        )
      ) : null}
    </details>
  );
}
