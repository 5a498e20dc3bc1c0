import { byTime, type ConsensusCall } from "@trilogue/shared";
import { useTranslation } from "react-i18next";
import { Countdown } from "../../components/Countdown";
import { useAllCalls, useObjections } from "../../hooks/use-decisions";
import { useFormat } from "../../hooks/use-format";
import { useDisplayWords } from "./use-display-words";

/**
 * Every consensus call and silence procedure still open, with its deadline, and the last one
 * closed on the item with its outcome.
 */
export function DisplayConsensus({
  itemId,
}: {
  /** The item under discussion (or last concluded), if any. */ itemId: string | null;
}) {
  const calls = useAllCalls();
  const open = calls.filter((call) => call.status === "open");
  const lastClosed = calls
    .filter((call) => call.status === "closed" && call.itemId === itemId)
    .sort(byTime((call) => call.closedAt))
    .at(-1);
  const shown = lastClosed ? [...open, lastClosed] : open;
  if (shown.length === 0) return null;
  return (
    <div className="display__calls">
      {shown.map((call) => (
        <DisplayCall key={call.id} call={call} />
      ))}
    </div>
  );
}

/** One call: what kind, the text, the time left or the outcome, and standing objections. */
export function DisplayCall({ call }: { call: ConsensusCall }) {
  const { t } = useTranslation();
  const words = useDisplayWords();
  const format = useFormat();
  const objections = useObjections(call.id).filter((objection) => objection.status === "standing");
  const heading = `display-call-${call.id}`;
  const silence = call.subject === "paragraph";
  const kind = silence ? "silence" : call.subject === "expectation" ? "expectation" : "consensus";
  return (
    <section
      className={`display__call display__call--${call.status}`}
      aria-labelledby={heading}
      data-testid="display-call"
    >
      <h2 id={heading} className="display__label">
        {words.t(`roomDisplay.${kind}`)}
      </h2>
      <p className="display__call-text" dir="auto">
        {call.text}
      </p>
      {call.status === "open" ? (
        <>
          <p className="display__timebox">
            {silence ? null : (
              <>
                {words.t("roomDisplay.objectionsClose")}
                {t("format.colon")}
              </>
            )}
            <Countdown deadlineAt={call.deadlineAt} size="large" />
          </p>
          {/* The deadline as a time of day too, with its zone: the room reads it from afar. */}
          <p className="display__secondary" data-testid="display-call-deadline">
            <time dateTime={call.deadlineAt}>
              {words.t(silence ? "roomDisplay.silenceCloses" : "roomDisplay.closesAt", {
                time: format.time(call.deadlineAt),
              })}
            </time>
          </p>
          <p className="display__secondary">
            {objections.length > 0
              ? t("consensus.state.blocked", { count: objections.length })
              : t("consensus.state.clear")}
          </p>
        </>
      ) : call.outcome ? (
        <p className={`display__outcome display__outcome--${call.outcome}`} data-testid="display-call-outcome">
          {silence
            ? words.t(call.outcome === "adopted" ? "roomDisplay.silenceKept" : "roomDisplay.silenceBroken")
            : t(`consensus.state.${call.outcome}`)}
        </p>
      ) : null}
    </section>
  );
}
