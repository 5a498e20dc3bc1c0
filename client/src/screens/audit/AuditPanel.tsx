import type { AuditEntry } from "@trilogue/shared";
import { useId, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useFormat } from "../../hooks/use-format";
import { localeTag } from "../../i18n/languages";
import { useOperatorStore } from "../../stores/operator-store";
import { type AuditSource, auditPageSize } from "./audit-api";
import { eventLabel } from "./audit-labels";
import { useAuditTrail } from "./use-audit-trail";
import "./audit.css";

/**
 * The audit trail, collapsed until asked for: who did what and when, oldest first, a page at a
 * time. The chair reads its own consultation's; the operator, the consultation being set up.
 * Key it by the consultation so picking another starts afresh.
 */
export function AuditPanel({
  source: kind,
  pageSize = auditPageSize,
}: {
  source: "chair" | "operator";
  /** The server's page size; a test gives a small one to page through a few rows. */
  pageSize?: number;
}) {
  const { t } = useTranslation();
  const token = useOperatorStore((s) => s.token);
  const signedIn = useOperatorStore((s) => s.operator !== null);
  const consultationId = useOperatorStore((s) => s.detail?.consultation.id ?? null);
  const source = useMemo<AuditSource | null>(() => {
    if (kind === "chair") return { kind };
    return signedIn && consultationId ? { kind, token, consultationId } : null;
  }, [kind, token, signedIn, consultationId]);
  const trail = useAuditTrail(source, pageSize);
  const [open, setOpen] = useState(false);
  const id = useId();
  const toggle = () => {
    setOpen(!open);
    if (!open && !trail.started) void trail.loadNext();
  };
  return (
    <section className="panel audit no-print" aria-labelledby={`${id}-heading`} data-testid="audit">
      <h2 id={`${id}-heading`} className="panel__title">
        <button
          type="button"
          className="audit__toggle"
          aria-expanded={open}
          aria-controls={`${id}-body`}
          onClick={toggle}
        >
          <span className="audit__chevron" aria-hidden="true" />
          {t("audit.title")}
        </button>
      </h2>
      <div id={`${id}-body`} hidden={!open}>
        <p className="hint">{t("audit.secretBallots")}</p>
        {trail.entries.length > 0 ? <AuditTable entries={trail.entries} /> : null}
        {trail.started && !trail.busy && !trail.failed && trail.entries.length === 0 ? (
          <p className="muted">{t("audit.empty")}</p>
        ) : null}
        <p className="audit__status" role="status">
          {trail.busy ? t("audit.loading") : trail.upToDate && trail.entries.length > 0 ? t("audit.upToDate") : ""}
        </p>
        {trail.failed ? (
          <p className="audit__alert" role="alert">
            {t("audit.loadError")}
          </p>
        ) : null}
        {trail.started ? (
          <button
            type="button"
            className="button button--secondary"
            aria-disabled={trail.busy}
            onClick={() => void trail.loadNext()}
          >
            {trail.more ? t("audit.loadMore") : t("audit.checkNewer")}
          </button>
        ) : null}
      </div>
    </section>
  );
}

/** The entries read so far, one row each. */
function AuditTable({ entries }: { entries: readonly AuditEntry[] }) {
  const { t, i18n } = useTranslation();
  const { language } = useFormat();
  const moment = useMemo(
    () =>
      new Intl.DateTimeFormat(localeTag(language), {
        year: "numeric",
        month: "numeric",
        day: "numeric",
        hour: "numeric",
        minute: "2-digit",
        second: "2-digit",
        timeZoneName: "short",
      }),
    [language],
  );
  return (
    <div className="table-scroll">
      <table className="table audit__table">
        <caption className="audit__caption">{t("audit.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("audit.column.seq")}</th>
            <th scope="col">{t("audit.column.time")}</th>
            <th scope="col">{t("audit.column.who")}</th>
            <th scope="col">{t("audit.column.what")}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.seq}>
              <th scope="row" className="audit__seq">
                {entry.seq}
              </th>
              <td>
                <time dateTime={entry.at}>{moment.format(new Date(entry.at))}</time>
              </td>
              <td>
                {entry.actor ? (
                  <>
                    <bdi>{entry.actor.displayName}</bdi>
                    <span className="audit__meta">
                      {t(`role.${entry.actor.role}`)}
                      {entry.actor.delegation ? (
                        <>
                          {t("format.separator")}
                          <bdi>{entry.actor.delegation}</bdi>
                        </>
                      ) : null}
                    </span>
                  </>
                ) : entry.actors?.length ? (
                  <ul className="audit__actors" data-testid="audit-actors">
                    {entry.actors.map((actor) => (
                      <li key={actor.participantId}>
                        <bdi>{actor.displayName}</bdi>
                        {actor.delegation ? (
                          <span className="audit__meta">
                            <bdi>{actor.delegation}</bdi>
                          </span>
                        ) : null}
                      </li>
                    ))}
                  </ul>
                ) : entry.operator ? (
                  <>
                    <bdi>{entry.operator.name}</bdi>
                    <span className="audit__meta">{t(`operatorAccess.role.${entry.operator.role}`)}</span>
                  </>
                ) : (
                  <span className="muted">{t("audit.system")}</span>
                )}
              </td>
              <td>{eventLabel(t, i18n, entry.type)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
