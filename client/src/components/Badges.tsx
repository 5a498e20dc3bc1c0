import type { AgendaItemStatus, Constituency, ConsultationStatus } from "@trilogue/shared";
import { useTranslation } from "react-i18next";

const consultationMarks: Record<ConsultationStatus, string> = {
  scheduled: "◷",
  live: "●",
  suspended: "❚❚",
  closed: "■",
};

/** The consultation's status in words with a shape. */
export function ConsultationStatusBadge({ status }: { /** The status to show. */ status: ConsultationStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge--consultation-${status}`} data-status={status}>
      <span aria-hidden="true">{consultationMarks[status]}</span> {t(`consultationStatus.${status}`)}
    </span>
  );
}

const itemMarks: Record<AgendaItemStatus, string> = { pending: "○", open: "▶", concluded: "✓" };

/** An agenda item's status in words with a shape. */
export function ItemStatusBadge({ status }: { /** The status to show. */ status: AgendaItemStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge--item-${status}`} data-status={status}>
      <span aria-hidden="true" className={status === "open" ? "mark--directional" : undefined}>
        {itemMarks[status]}
      </span>{" "}
      {t(`itemStatus.${status}`)}
    </span>
  );
}

/** A delegation's constituencies as short labelled tags. */
export function ConstituencyTags({
  constituencies,
}: {
  /** The set to show. */ constituencies: readonly Constituency[];
}) {
  const { t } = useTranslation();
  return (
    <span className="tags">
      {constituencies.map((c) => (
        <span key={c} className={`tag tag--${c}`} title={t(`constituency.${c}.long`)}>
          {t(`constituency.${c}.short`)}
        </span>
      ))}
    </span>
  );
}
