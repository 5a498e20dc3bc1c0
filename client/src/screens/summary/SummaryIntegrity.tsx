import type { SummaryState } from "@trilogue/shared";
import { useTranslation } from "react-i18next";
import { useFormat } from "../../hooks/use-format";
import { summaryVerifyUrl } from "./summary-api";

/** Props of {@link SummaryIntegrity}. */
export type SummaryIntegrityProps = {
  consultationId: string;
  /** A final summary's state. */
  state: SummaryState;
};

/**
 * What makes the final summary checkable: its SHA-256 digest, the last event it covers, and that
 * event's hash in the tamper-evident log, with the public address that verifies the digest.
 * Hashes are left to right in every language.
 */
export function SummaryIntegrity({ consultationId, state }: SummaryIntegrityProps) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <section className="summary__integrity" aria-labelledby="summary-integrity-heading">
      <h3 id="summary-integrity-heading">{t("summary.integrity")}</h3>
      <dl className="summary__facts">
        {state.finalisedAt ? (
          <>
            <dt>{t("summary.finalisedAt")}</dt>
            <dd>{t("summary.finalisedOn", { date: f.date(state.finalisedAt), time: f.time(state.finalisedAt) })}</dd>
          </>
        ) : null}
        {state.digest ? (
          <>
            <dt>{t("summary.digest")}</dt>
            <dd>
              <code dir="ltr" className="summary__hash" data-testid="summary-digest">
                {state.digest}
              </code>
            </dd>
          </>
        ) : null}
        {state.coveredSeq !== null ? (
          <>
            <dt>{t("summary.coveredSeq")}</dt>
            <dd data-testid="summary-covered-seq">{f.number(state.coveredSeq)}</dd>
          </>
        ) : null}
        {state.coveredHash ? (
          <>
            <dt>{t("summary.coveredHash")}</dt>
            <dd>
              <code dir="ltr" className="summary__hash" data-testid="summary-covered-hash">
                {state.coveredHash}
              </code>
            </dd>
          </>
        ) : null}
      </dl>
      {state.digest ? (
        <p>
          <a href={summaryVerifyUrl(consultationId, state.digest)} target="_blank" rel="noreferrer">
            {t("summary.verify")}
          </a>
        </p>
      ) : null}
    </section>
  );
}
