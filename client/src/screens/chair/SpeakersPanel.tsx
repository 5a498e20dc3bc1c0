import type { AgendaItem } from "@trilogue/shared";
import { limits, nextSpeaker } from "@trilogue/shared";
import { useTranslation } from "react-i18next";
import { CommandButton } from "../../components/CommandButton";
import { useDelegations, useFloor } from "../../hooks/use-consultation";
import { SpeakerCard } from "../room/SpeakerCard";
import { SpeakersList } from "../room/SpeakersList";

/** Props of {@link SpeakersPanel}. */
export type SpeakersPanelProps = {
  /** The item under discussion. */
  item: AgendaItem;
};

/** The chair's list of speakers: the turn under way, give the floor, end the turn, extend it. */
export function SpeakersPanel({ item }: SpeakersPanelProps) {
  const { t } = useTranslation();
  const { speaker, queue } = useFloor(item.id);
  const delegations = useDelegations();
  const granted = speaker?.grantedAt ? Date.parse(speaker.grantedAt) : null;
  const deadline = speaker?.deadlineAt ? Date.parse(speaker.deadlineAt) : null;
  const allotted = granted !== null && deadline !== null ? Math.round((deadline - granted) / 1000) : null;
  const extended = allotted === null ? null : Math.min(allotted + 60, limits.maxSpeakingTime);
  const nextUp = nextSpeaker(queue);

  return (
    <>
      <SpeakerCard speaker={speaker}>
        {speaker ? (
          <div className="button-row">
            <CommandButton command="floor:end-turn" payload={{}} variant="primary">
              {t("chair.endTurn")}
            </CommandButton>
            {extended !== null ? (
              <CommandButton command="floor:set-time" payload={{ speakingTimeSeconds: extended }}>
                {t("chair.extend")}
              </CommandButton>
            ) : null}
          </div>
        ) : null}
      </SpeakerCard>
      <section className="panel" aria-labelledby="chair-speakers-heading">
        <h2 id="chair-speakers-heading" className="panel__title">
          {t("floor.listOfSpeakers")} <span className="count">{t("format.parenthetical", { text: queue.length })}</span>
        </h2>
        <p className="button-row">
          <CommandButton command="floor:give" payload={{}} variant="primary" disabled={!nextUp}>
            {nextUp
              ? t("chair.giveNext", { delegation: delegations[nextUp.delegationId]?.name ?? "" })
              : t("chair.giveNextNone")}
          </CommandButton>
        </p>
        <SpeakersList
          queue={queue}
          actions={(request) => {
            const name = delegations[request.delegationId]?.name ?? "";
            return (
              <>
                <CommandButton
                  command="floor:give"
                  payload={{ requestId: request.id }}
                  ariaLabel={t(request.kind === "right_of_reply" ? "chair.grantReplyTo" : "chair.giveFloorTo", {
                    delegation: name,
                  })}
                >
                  {request.kind === "right_of_reply" ? t("chair.grantReply") : t("chair.giveFloor")}
                </CommandButton>
                <CommandButton
                  command="floor:withdraw"
                  payload={{ requestId: request.id }}
                  ariaLabel={t("chair.removeFromListOf", { delegation: name })}
                >
                  {t("chair.removeFromList")}
                </CommandButton>
              </>
            );
          }}
        />
      </section>
    </>
  );
}
