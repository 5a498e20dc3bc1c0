import { type AgendaItem, byTime, headFingerprint } from "@trilogue/shared";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { joinWithInvitation } from "../../api/session-api";
import { useRouter } from "../../app/router";
import { ConsultationStatusBadge } from "../../components/Badges";
import { ConnectionIndicator } from "../../components/ConnectionIndicator";
import { Countdown } from "../../components/Countdown";
import { DecisionRuleNote } from "../../components/DecisionRuleNote";
import { LanguagePicker } from "../../components/LanguagePicker";
import { useAgenda, useConsultation, useCurrentItem, useDelegationName, useFloor } from "../../hooks/use-consultation";
import { connection } from "../../realtime/connection";
import { useConsultationStore } from "../../stores/consultation-store";
import { useSessionStore } from "../../stores/session-store";
import { PausedTurn } from "../room/PausedTurn";
import { RoomGate } from "../room/RoomGate";
import { SpeakersList } from "../room/SpeakersList";
import { DisplayChairContent } from "./DisplayChairContent";
import { DisplayConsensus } from "./DisplayConsensus";
import { DisplayPoll } from "./DisplayPoll";
import { useDisplayWords } from "./use-display-words";

/** How many waiting speakers the projector shows. */
const shownOnDisplay = 8;

/** `/display`: the read-only, full-screen view for the projector; `/display#<token>` signs in with a display link first. */
export function RoomDisplay() {
  const token = useRouter((s) => s.hash);
  const [joined, setJoined] = useState(false);
  if (token && !joined) return <DisplayLinkJoin token={token} onJoined={() => setJoined(true)} />;
  return (
    <RoomGate>
      <DisplayBody />
    </RoomGate>
  );
}

/** Redeems a display link under the display's own name, then drops the token from the address bar. */
function DisplayLinkJoin({ token, onJoined }: { token: string; onJoined: () => void }) {
  const words = useDisplayWords();
  const navigate = useRouter((s) => s.navigate);
  const [failed, setFailed] = useState(false);
  const name = words.t("roomDisplay.participantName");
  const joined = useRef(onJoined);
  joined.current = onJoined;
  useEffect(() => {
    let cancelled = false;
    void joinWithInvitation(token, name).then((result) => {
      if (cancelled) return;
      if (!result.ok) return setFailed(true);
      // A fresh participant in this browser: forget any previous session before connecting.
      connection.stop();
      useSessionStore.setState({ status: "unknown", me: null, endedReason: null, endedBecause: null });
      navigate("/display", { replace: true });
      joined.current();
    });
    return () => {
      cancelled = true;
    };
  }, [token, name, navigate]);
  return (
    <main className="display" id="main" aria-busy={!failed}>
      <h1 className="display__item-title">
        {failed ? words.t("roomDisplay.linkFailed") : words.t("roomDisplay.joining")}
      </h1>
    </main>
  );
}

function DisplayBody() {
  const { t } = useTranslation();
  const consultation = useConsultation();
  const item = useCurrentItem();
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
      <MeetingState />
      <DisplayChairContent />
      {item && consultation?.status !== "closed" ? <ItemUnderDiscussion item={item} /> : <BetweenItems />}
    </main>
  );
}

/** Suspended or closed, said in words as large as the item's title. */
function MeetingState() {
  const words = useDisplayWords();
  const status = useConsultation()?.status;
  if (status !== "suspended" && status !== "closed") return null;
  return (
    <section className={`display__state display__state--${status}`} data-testid="display-state">
      <p className="display__state-text">{words.t(`roomDisplay.${status}`)}</p>
    </section>
  );
}

/** The item, its time box, the floor and the queue, what is put to consensus, and its latest poll. */
function ItemUnderDiscussion({ item }: { item: AgendaItem }) {
  const { t } = useTranslation();
  const agenda = useAgenda();
  const { speaker, queue } = useFloor(item.id);
  const speakerName = useDelegationName(speaker?.delegationId ?? null);
  const number = agenda.findIndex((candidate) => candidate.id === item.id) + 1;
  return (
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
      <DisplayConsensus itemId={item.id} />
      <DisplayPoll itemId={item.id} />
    </>
  );
}

/**
 * No item open: before the meeting, the wait; otherwise the item last concluded with its
 * conclusion, what was decided on it, and what comes next.
 */
function BetweenItems() {
  const { t } = useTranslation();
  const words = useDisplayWords();
  const status = useConsultation()?.status;
  const agenda = useAgenda();
  const last = agenda
    .filter((item) => item.status === "concluded")
    .sort(byTime((item) => item.concludedAt))
    .at(-1);
  const next = status === "closed" ? undefined : agenda.find((item) => item.status === "pending");
  const numberOf = (id: string) => agenda.findIndex((item) => item.id === id) + 1;
  if (status === "scheduled" && !last) {
    return (
      <section className="display__item">
        <h1 className="display__item-title">{t("display.waiting")}</h1>
      </section>
    );
  }
  return (
    <>
      <section className="display__item" aria-labelledby="display-between-heading" data-testid="display-between">
        {status === "live" ? (
          <h1 id="display-between-heading" className="display__item-title">
            {words.t("roomDisplay.between")}
          </h1>
        ) : (
          <h1 id="display-between-heading" className="visually-hidden">
            {t("display.label")}
          </h1>
        )}
        {last ? (
          <>
            <h2 className="display__subtitle" dir="auto">
              {words.t("roomDisplay.concluded", { number: numberOf(last.id), title: last.title })}
            </h2>
            {last.conclusion ? (
              <p className="display__question" dir="auto" data-testid="display-conclusion">
                {last.conclusion}
              </p>
            ) : null}
          </>
        ) : null}
        {next ? (
          <p className="display__secondary" dir="auto">
            {words.t("roomDisplay.next", { number: numberOf(next.id), title: next.title })}
          </p>
        ) : null}
      </section>
      <DisplayConsensus itemId={last?.id ?? null} />
      {last ? <DisplayPoll itemId={last.id} /> : null}
    </>
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
