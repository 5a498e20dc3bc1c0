import type { FloorRequest } from "@trilogue/shared";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ConstituencyTags } from "../../components/Badges";
import { useDelegations } from "../../hooks/use-consultation";

/** Props of {@link SpeakersList}. */
export type SpeakersListProps = {
  /** Waiting requests in speaking order. */
  queue: readonly FloorRequest[];
  /** Controls for one request (the chair's give-floor); none for a read-only list. */
  actions?: (request: FloorRequest) => ReactNode;
  /** The delegation to highlight as "you". */
  ownDelegationId?: string | null;
  /** Fewer details, for the room display. */
  compact?: boolean;
};

/** The list of speakers: place, delegation, constituencies and kind of request. */
export function SpeakersList({ queue, actions, ownDelegationId, compact }: SpeakersListProps) {
  const { t } = useTranslation();
  const delegations = useDelegations();
  if (queue.length === 0) return <p className="muted">{t("floor.emptyList")}</p>;
  return (
    <ol className={`speakers${compact ? " speakers--compact" : ""}`} data-testid="speakers-list">
      {queue.map((request, index) => {
        const delegation = delegations[request.delegationId];
        const own = ownDelegationId === request.delegationId;
        return (
          <li
            key={request.id}
            className={`speakers__entry speakers__entry--${request.kind}${own ? " speakers__entry--own" : ""}`}
          >
            <span className="speakers__place" aria-hidden="true">
              {index + 1}
            </span>
            <span className="speakers__who">
              <bdi className="speakers__name">{delegation?.name ?? ""}</bdi>
              {own ? <span className="speakers__you">{t("floor.you")}</span> : null}
              {request.kind !== "speaker" ? (
                <span className={`kind kind--${request.kind}`}>{t(`floorKind.${request.kind}`)}</span>
              ) : null}
              {!compact && delegation ? <ConstituencyTags constituencies={delegation.constituencies} /> : null}
            </span>
            {actions ? <span className="speakers__actions">{actions(request)}</span> : null}
          </li>
        );
      })}
    </ol>
  );
}
