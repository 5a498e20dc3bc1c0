import { useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Countdown } from "../../components/Countdown";
import { useCountdown } from "../../hooks/use-countdown";
import { useAnnouncerStore } from "../../stores/announcer-store";
import { useConsultationStore } from "../../stores/consultation-store";
import { useSessionStore } from "../../stores/session-store";
import { keptBallot } from "../decisions/poll-results";
import { keptTracker } from "../decisions/sealed-ballot";
import { AttentionNotice } from "./AttentionNotice";
import { useAttentionStore } from "./attention-store";
import { type AttentionRequest, awaitingDelegation } from "./awaiting";
import { playChime } from "./chime";
import "./attention.css";

/** Props of {@link AttentionTray}. */
export type AttentionTrayProps = {
  /** The delegate's delegation. */
  delegationId: string;
};

/** A deadline this close is shown even when its notice was dismissed. */
const urgentSeconds = 60;

/** The key that moves focus to the latest notice (with Alt and Shift). */
const shortcutKey = "KeyA";

/**
 * What the room asks of a delegation, where the delegate cannot miss it: notices fixed inside the
 * viewport as soon as a poll, a call, a silence procedure, the floor or a co-signature concerns
 * the delegation, and the list of everything still awaiting it. Screen readers hear each question
 * once, from the live announcer (co-signatures from here, since the room announcer does not).
 */
export function AttentionTray({ delegationId }: AttentionTrayProps) {
  const { t } = useTranslation();
  const state = useConsultationStore((s) => s.state);
  const participantId = useSessionStore((s) => s.me?.participantId);
  const { dismissed, acknowledgedCalls, sound, dismiss, show, setSound } = useAttentionStore();
  const [expanded, setExpanded] = useState<Record<string, AttentionRequest>>({});
  const stack = useRef<HTMLDivElement>(null);

  const awaiting = useMemo(() => {
    if (!state) return [];
    const votedPolls = new Set(
      Object.values(state.polls)
        .filter(
          (poll) =>
            poll.status === "open" &&
            participantId !== undefined &&
            (keptBallot(participantId, poll.id) !== null || keptTracker(participantId, poll.id) !== null),
        )
        .map((poll) => poll.id),
    );
    return awaitingDelegation(state, delegationId, { votedPolls, acknowledgedCalls });
  }, [state, delegationId, acknowledgedCalls, participantId]);
  const awaitingKeys = new Set(awaiting.map((request) => request.key));

  useNewRequests(awaiting, (fresh) => {
    if (sound) playChime();
    for (const request of fresh)
      if (request.kind === "cosign")
        useAnnouncerStore.getState().say(t("attention.announceCosign", { delegation: request.from ?? "" }));
  });

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!event.altKey || !event.shiftKey || event.code !== shortcutKey) return;
      const target = stack.current?.querySelector<HTMLElement>("[data-testid=attention-notice]:last-child button");
      if (!target) return;
      event.preventDefault();
      target.focus();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);

  // The stack's height, for the phone layout's scroll padding (attention.css).
  useEffect(() => {
    const element = stack.current;
    if (!element || typeof ResizeObserver === "undefined") return;
    const root = document.documentElement;
    const observer = new ResizeObserver(() => {
      root.style.setProperty("--attention-space", `${Math.ceil(element.getBoundingClientRect().height)}px`);
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      root.style.removeProperty("--attention-space");
    };
  }, []);

  // Expanded notices stay until closed, so the delegate sees the ballot recorded.
  const notices = [
    ...awaiting.filter((request) => !dismissed.has(request.key) || expanded[request.key]),
    ...Object.values(expanded).filter((request) => !awaitingKeys.has(request.key)),
  ];
  const close = (request: AttentionRequest) => {
    setExpanded(({ [request.key]: _, ...rest }) => rest);
    if (awaitingKeys.has(request.key)) dismiss(request.key);
  };
  const hidden = awaiting.filter((request) => dismissed.has(request.key) && !expanded[request.key]);

  return (
    <aside className="attention" aria-label={t("attention.notices")} data-testid="attention">
      <div ref={stack} className="attention-stack">
        {notices.map((request) => (
          <AttentionNotice
            key={request.key}
            request={request}
            awaiting={awaitingKeys.has(request.key)}
            expanded={Boolean(expanded[request.key])}
            onExpand={() => setExpanded((open) => ({ ...open, [request.key]: request }))}
            onClose={() => close(request)}
          />
        ))}
        {hidden.map((request) =>
          request.deadlineAt ? (
            <UrgentDeadline key={request.key} request={request} onShow={() => show(request.key)} />
          ) : null,
        )}
      </div>
      <details className="attention-list" data-testid="awaiting-list">
        <summary>{t("attention.awaiting", { count: awaiting.length })}</summary>
        {awaiting.length === 0 ? <p className="muted">{t("attention.nothing")}</p> : null}
        <ul>
          {awaiting.map((request) => (
            <li key={request.key}>
              <strong>{t(`attention.kind.${request.kind}`)}</strong>
              {request.text ? (
                <>
                  {t("format.colon")}
                  <span dir="auto">{request.text}</span>
                </>
              ) : null}{" "}
              {dismissed.has(request.key) ? (
                <button type="button" className="button button--secondary" onClick={() => show(request.key)}>
                  {t("attention.show")}
                </button>
              ) : null}
            </li>
          ))}
        </ul>
        <label className="check">
          <input type="checkbox" checked={sound} onChange={(event) => setSound(event.target.checked)} />
          <span>{t("attention.sound")}</span>
        </label>
        <p className="hint">{t("attention.shortcut")}</p>
      </details>
    </aside>
  );
}

/** Calls `onFresh` with requests that were not there on the previous render (never on the first). */
function useNewRequests(requests: readonly AttentionRequest[], onFresh: (fresh: AttentionRequest[]) => void) {
  const seen = useRef<Set<string> | null>(null);
  const latest = useRef(onFresh);
  latest.current = onFresh;
  useEffect(() => {
    const before = seen.current;
    seen.current = new Set(requests.map((request) => request.key));
    if (!before) return;
    const fresh = requests.filter((request) => !before.has(request.key));
    if (fresh.length) latest.current(fresh);
  }, [requests]);
}

/** A dismissed question whose deadline is under a minute away comes back as one line. */
function UrgentDeadline({ request, onShow }: { request: AttentionRequest; onShow(): void }) {
  const { t } = useTranslation();
  const left = useCountdown(request.deadlineAt);
  if (left === null || left < 0 || left >= urgentSeconds) return null;
  return (
    <p className="attention-urgent" data-testid="attention-urgent">
      <strong>{t(`attention.kind.${request.kind}`)}</strong>
      {t("format.separator")}
      {t("attention.closesIn")} <Countdown deadlineAt={request.deadlineAt} />{" "}
      <button type="button" className="button button--secondary" onClick={onShow}>
        {t("attention.show")}
      </button>
    </p>
  );
}
