import type { FloorRequest } from "@trilogue/shared";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Countdown } from "../../components/Countdown";
import { useDelegationName } from "../../hooks/use-consultation";
import { useConsultationStore } from "../../stores/consultation-store";
import { PausedTurn } from "./PausedTurn";

/** Props of {@link SpeakerCard}. */
export type SpeakerCardProps = {
  /** The turn under way, or null when nobody has the floor. */
  speaker: FloorRequest | null;
  /** Controls shown under the speaker (the chair's end-turn and extend). */
  children?: ReactNode;
};

/**
 * Who has the floor, for which kind of turn, with the speaking-time countdown. The room's live
 * announcer says who takes the floor; this card says when 30 seconds are left.
 */
export function SpeakerCard({ speaker, children }: SpeakerCardProps) {
  const { t } = useTranslation();
  const delegation = useDelegationName(speaker?.delegationId ?? null);
  const person = useConsultationStore((s) =>
    speaker ? (s.state?.participants[speaker.participantId]?.displayName ?? "") : "",
  );
  return (
    <section className="panel speaker" aria-labelledby="speaker-heading">
      <h2 id="speaker-heading" className="panel__title">
        {t("floor.hasTheFloor")}
      </h2>
      {speaker ? (
        <div className="speaker__body" data-testid="speaker">
          <p className="speaker__delegation">
            <bdi>{delegation}</bdi>
          </p>
          <p className="speaker__person muted">
            <bdi>{person}</bdi>
            {speaker.kind !== "speaker" ? `${t("format.separator")}${t(`floorKind.${speaker.kind}`)}` : ""}
          </p>
          <Countdown deadlineAt={speaker.deadlineAt} size="large" announceSoon={t("countdown.speakingSoon")} />
          <PausedTurn itemId={speaker.itemId} />
          {children}
        </div>
      ) : (
        <p className="muted">{t("floor.nobody")}</p>
      )}
    </section>
  );
}
