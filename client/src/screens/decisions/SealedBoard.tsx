import type { Poll } from "@trilogue/shared";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useConsultationStore } from "../../stores/consultation-store";
import { useSessionStore } from "../../stores/session-store";
import { type BoardCheck, type BoardCheckReason, boardUrl, checkBoard } from "./board-check";
import { proveOpenBoard } from "./board-prover";
import { fetchBoard, keptTracker } from "./sealed-ballot";

type Translate = ReturnType<typeof useTranslation>["t"];

/**
 * Why the board is not verified, in the reader's language: the chair, the server and the scopes
 * are named in it too (a delegation as registered).
 */
function failureText(translate: Translate, reason: BoardCheckReason): string {
  // Keys built from codes: checked by the six string tables' completeness test, not by the types.
  const t = translate as unknown as (key: string, values?: Record<string, string | number>) => string;
  const values: Record<string, string | number> = { ...reason.values };
  const { trustee, scope } = reason.values;
  if (trustee === "chair" || trustee === "server") values.trustee = t(`polls.trusteeName.${trustee}`);
  if (scope === "all") values.scope = t("polls.boardFailure.allDelegations");
  else if (scope === "council" || scope === "tpcc" || scope === "secretariat" || scope === "host")
    values.scope = t(`constituency.${scope}.short`);
  return t(`polls.boardFailure.${reason.code}`, values);
}

/** Props of {@link SealedBoard}. */
export type SealedBoardProps = {
  /** A secret poll, open or closed. */
  poll: Poll;
};

/**
 * A secret poll's bulletin board as this participant sees it: the download of the board's JSON,
 * its trackers with this delegation's own marked (kept in this browser for this participant only),
 * and, once the result is published, the verdict of the same checks as `pnpm verify-poll`.
 */
export function SealedBoard({ poll }: SealedBoardProps) {
  const { t } = useTranslation();
  const me = useSessionStore((s) => s.me);
  const tracker = me ? keptTracker(me.participantId, poll.id) : null;
  const [check, setCheck] = useState<BoardCheck | "checking" | null>(null);
  const [trackers, setTrackers] = useState<string[] | null>(null);
  const published = poll.status === "closed" && poll.result !== null;

  // While the poll is open, each ballot is proved as it arrives (a moment after each turnout
  // change, spread over a second or two so that the room does not read at one instant).
  const turnout = useConsultationStore((s) => s.state?.pollTurnouts?.[poll.id]?.turnout.overall ?? 0);
  const open = poll.status === "open" && Boolean(poll.sealing?.publicKey);
  // And again while the board read counts fewer ballots than the room shows (the server reads an
  // open board again at most once a second): at the close the page is at the newest part.
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);
  const [followed, setFollowed] = useState({ turnout: 0, reads: 0 });
  useEffect(() => {
    if (!me || !open || turnout === 0 || turnout <= followed.turnout || pending.current) return;
    pending.current = setTimeout(
      () => {
        pending.current = null;
        void proveOpenBoard(boardUrl(me.consultationId, poll.id), poll.id).then((reached) =>
          setFollowed((before) => ({ turnout: reached ?? before.turnout, reads: before.reads + 1 })),
        );
      },
      500 + Math.random() * 1500,
    );
  }, [me, open, turnout, followed, poll.id]);
  useEffect(
    () => () => {
      if (pending.current) clearTimeout(pending.current);
    },
    [],
  );

  useEffect(() => {
    if (!me || !published) return;
    let current = true;
    setCheck("checking");
    void checkBoard(poll, me.consultationId, tracker).then((found) => {
      if (!current) return;
      setCheck(found);
      if (found.status !== "unreachable" && found.trackers) setTrackers(found.trackers);
    });
    return () => {
      current = false;
    };
  }, [me, published, poll, tracker]);

  if (!me) return null;
  return (
    <section className="sealed-board" aria-label={t("polls.board.title")} data-testid="sealed-board">
      {poll.status === "closed" && tracker ? (
        <p className="notice" data-testid="board-tracker">
          {t("polls.board.yourTracker", { tracker })}
        </p>
      ) : null}
      {check === "checking" ? (
        <p className="muted" data-testid="board-check" aria-live="polite">
          {t("polls.board.checking")}
        </p>
      ) : check?.status === "verified" ? (
        <p className="notice notice--verified" data-testid="board-check" role="status">
          <span aria-hidden="true">✓ </span>
          {t("polls.boardVerified")}
        </p>
      ) : check?.status === "failed" ? (
        <p className="notice notice--failed" data-testid="board-check" role="alert">
          {t("polls.board.failed", { failure: failureText(t, check.reason) })}
        </p>
      ) : check?.status === "unreachable" ? (
        <p className="notice" data-testid="board-check">
          {t("polls.board.unreachable")}
        </p>
      ) : null}
      <details
        className="sealed-board__details"
        onToggle={(event) => {
          if (event.currentTarget.open && !published)
            void fetchBoard(me.consultationId, poll.id).then(
              (board) => setTrackers(board.ballots.map((b) => b.tracker)),
              () => setTrackers(null),
            );
        }}
      >
        <summary>{t("polls.board.title")}</summary>
        <p>
          <a href={boardUrl(me.consultationId, poll.id)} download={`poll-${poll.id}-board.json`}>
            {t("polls.board.download")}
          </a>
        </p>
        {trackers ? (
          <>
            <p className="muted" data-testid="board-summary">
              {t("polls.board.total", { total: trackers.length })}{" "}
              {tracker ? (trackers.includes(tracker) ? t("polls.board.found") : t("polls.board.notFound")) : null}
            </p>
            <ol className="sealed-board__trackers" data-testid="board-trackers">
              {trackers.map((each) => (
                <li key={each}>
                  {each === tracker ? (
                    <mark data-testid="board-own-tracker">
                      <code dir="ltr">{each}</code> {t("polls.board.yours")}
                    </mark>
                  ) : (
                    <code dir="ltr">{each}</code>
                  )}
                </li>
              ))}
            </ol>
          </>
        ) : null}
      </details>
    </section>
  );
}
