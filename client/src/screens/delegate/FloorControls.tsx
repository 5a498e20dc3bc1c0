import type { AgendaItem, FloorRequestKind } from "@trilogue/shared";
import { useTranslation } from "react-i18next";
import { CommandButton } from "../../components/CommandButton";
import { placesOf } from "../../domain/floor";
import { useConsultation, useFloor } from "../../hooks/use-consultation";

/** Props of {@link FloorControls}. */
export type FloorControlsProps = {
  /** The item under discussion. */
  item: AgendaItem;
  /** The delegation this delegate speaks for. */
  delegationId: string;
};

const kinds: FloorRequestKind[] = ["speaker", "point_of_order", "right_of_reply"];

/** A delegate's own place on the list of speakers: ask for the floor, see the place, withdraw. */
export function FloorControls({ item, delegationId }: FloorControlsProps) {
  const { t } = useTranslation();
  const { speaker, queue } = useFloor(item.id);
  const live = useConsultation()?.status === "live";
  const mine = placesOf(queue, delegationId);
  const speaking = speaker?.delegationId === delegationId;
  const waitingKinds = new Set(mine.map(({ request }) => request.kind));

  return (
    <section className="panel floor-controls" aria-labelledby="floor-controls-heading">
      <h2 id="floor-controls-heading" className="panel__title">
        {t("delegate.yourDelegation")}
      </h2>
      {speaking ? (
        <p className="notice notice--speaking" data-testid="you-have-the-floor">
          <MicrophoneIcon />
          {t("delegate.youHaveTheFloor")}
        </p>
      ) : null}
      {mine.length > 0 ? (
        <ul className="my-requests" data-testid="my-requests">
          {mine.map(({ request, place }) => (
            <li key={request.id} className="my-requests__entry">
              <span className="my-requests__place">
                {t("delegate.place", { place, total: queue.length, kind: t(`floorKind.${request.kind}`) })}
              </span>
              <CommandButton command="floor:withdraw" payload={{ requestId: request.id }}>
                {t("delegate.withdraw")}
              </CommandButton>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t("delegate.notOnList")}</p>
      )}
      <div className="button-row">
        {kinds.map((kind) => (
          <CommandButton
            key={kind}
            command="floor:request"
            payload={{ kind }}
            variant={kind === "speaker" ? "primary" : "secondary"}
            disabled={!live || waitingKinds.has(kind)}
          >
            {t(`delegate.request.${kind}`)}
          </CommandButton>
        ))}
      </div>
      {!live ? <p className="hint">{t("delegate.notLive")}</p> : null}
    </section>
  );
}

/** A microphone beside "You have the floor" (drawn, so no emoji font is needed). */
function MicrophoneIcon() {
  return (
    <svg className="icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
      <rect x="9" y="3" width="6" height="11" rx="3" fill="currentColor" />
      <path d="M6 11a6 6 0 0 0 12 0M12 17v4M8.5 21h7" fill="none" stroke="currentColor" strokeWidth="1.8" />
    </svg>
  );
}
