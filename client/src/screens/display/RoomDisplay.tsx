import { headFingerprint } from "@trilogue/shared";
import { useTranslation } from "react-i18next";
import { ConsultationStatusBadge } from "../../components/Badges";
import { ConnectionIndicator } from "../../components/ConnectionIndicator";
import { Countdown } from "../../components/Countdown";
import { DecisionRuleNote } from "../../components/DecisionRuleNote";
import { LanguagePicker } from "../../components/LanguagePicker";
import { useAgenda, useConsultation, useCurrentItem, useDelegationName, useFloor } from "../../hooks/use-consultation";
import { useConsultationStore } from "../../stores/consultation-store";
import { PausedTurn } from "../room/PausedTurn";
import { RoomGate } from "../room/RoomGate";
import { SpeakersList } from "../room/SpeakersList";
import { DisplayPoll } from "./DisplayPoll";

/** How many waiting speakers the projector shows. */
const shownOnDisplay = 8;

/** `/display`: the read-only, full-screen view for the projector. */
export function RoomDisplay() {
  return (
    <RoomGate>
      <DisplayBody />
    </RoomGate>
  );
}

function DisplayBody() {
  const { t } = useTranslation();
  const consultation = useConsultation();
  const item = useCurrentItem();
  const agenda = useAgenda();
  const { speaker, queue } = useFloor(item?.id ?? null);
  const speakerName = useDelegationName(speaker?.delegationId ?? null);
  const number = item ? agenda.findIndex((candidate) => candidate.id === item.id) + 1 : 0;
  return (
    <main className="display" id="main" aria-label={t("display.label")}>
      <header className="display__header">
        <p className="display__title" dir="auto">
          {consultation?.title}
        </p>
        <DecisionRuleNote rule={consultation?.decisionRule} />
        <div className="display__status">
          {consultation ? <ConsultationStatusBadge status={consultation.status} /> : null}
          <HeadFingerprint />
          <ConnectionIndicator />
          <LanguagePicker />
        </div>
      </header>
      {item ? (
        <>
          <section className="display__item" aria-labelledby="display-item-heading">
            <p className="display__label">{t("item.number", { number })}</p>
            <h1 id="display-item-heading" className="display__item-title" data-testid="display-item-title" dir="auto">
              {item.title}
            </h1>
            {item.question ? (
              <p className="display__question" dir="auto">
                {item.question}
              </p>
            ) : null}
            {item.deadlineAt ? (
              <p className="display__timebox">
                {t("item.timeBox")}
                {t("format.colon")}
                <Countdown deadlineAt={item.deadlineAt} />
              </p>
            ) : null}
          </section>
          <div className="display__floor">
            <section className="display__speaker" aria-labelledby="display-speaker-heading">
              <h2 id="display-speaker-heading" className="display__label">
                {t("floor.hasTheFloor")}
              </h2>
              {speaker ? (
                <>
                  <p className="display__speaker-name" data-testid="display-speaker">
                    <bdi>{speakerName}</bdi>
                  </p>
                  {speaker.kind !== "speaker" ? (
                    <p className={`display__kind kind kind--${speaker.kind}`} data-testid="display-speaker-kind">
                      {t(`floorKind.${speaker.kind}`)}
                    </p>
                  ) : null}
                  <Countdown deadlineAt={speaker.deadlineAt} size="large" />
                  <PausedTurn itemId={speaker.itemId} variant="display" />
                </>
              ) : (
                <p className="display__none">{t("floor.nobody")}</p>
              )}
            </section>
            <section className="display__queue" aria-labelledby="display-queue-heading">
              <h2 id="display-queue-heading" className="display__label">
                {t("floor.listOfSpeakers")} {t("format.parenthetical", { text: queue.length })}
              </h2>
              <SpeakersList queue={queue.slice(0, shownOnDisplay)} compact />
              {queue.length > shownOnDisplay ? (
                <p className="display__more">{t("display.more", { count: queue.length - shownOnDisplay })}</p>
              ) : null}
            </section>
          </div>
          <DisplayPoll itemId={item.id} />
        </>
      ) : (
        <section className="display__item">
          <h1 className="display__item-title">{t("display.waiting")}</h1>
        </section>
      )}
    </main>
  );
}

/** The log head this display has seen, short, for delegations to compare with theirs and the summary's. */
function HeadFingerprint() {
  const { t } = useTranslation();
  const headHash = useConsultationStore((s) => s.headHash);
  if (!headHash) return null;
  return (
    <p className="display__fingerprint" title={t("display.fingerprintHint")}>
      {t("display.fingerprint")}
      {t("format.colon")}
      <code data-testid="display-fingerprint" dir="ltr">
        {headFingerprint(headHash)}
      </code>
    </p>
  );
}
