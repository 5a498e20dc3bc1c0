import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { formatDuration } from "../domain/time";
import { useCountdown } from "../hooks/use-countdown";
import { useAnnouncerStore } from "../stores/announcer-store";

/** Seconds left at which a countdown with `announceSoon` speaks, once. */
export const announceAtSeconds = 30;

/** Props of {@link Countdown}. */
export type CountdownProps = {
  /** The server's deadline (ISO time), or null when none is set. */
  deadlineAt: string | null;
  /** `large` on the room display and for the speaker. */
  size?: "normal" | "large";
  /** Said once to screen readers when 30 seconds are left (e.g. "30 seconds of speaking time left"). */
  announceSoon?: string;
};

/**
 * Time left until a server deadline, then time over. Never announced each second (a timer is not
 * a live region); at most one sentence at 30 seconds. The words "left" and "over time" carry the
 * meaning, not only the colour.
 */
export function Countdown({ deadlineAt, size = "normal", announceSoon }: CountdownProps) {
  const { t } = useTranslation();
  const left = useCountdown(deadlineAt);
  useAnnounceSoon(left, deadlineAt, announceSoon);
  if (left === null) return null;
  const over = left < 0;
  const soon = !over && left <= announceAtSeconds;
  const state = over ? "over" : soon ? "soon" : "running";
  return (
    <span className={`countdown countdown--${size} countdown--${state}`} role="timer" aria-live="off">
      <span className="countdown__time" dir="ltr">
        {formatDuration(left)}
      </span>{" "}
      <span className="countdown__label">{over ? t("countdown.over") : t("countdown.left")}</span>
    </span>
  );
}

/** Says `sentence` when the countdown crosses 30 seconds while on screen; once per deadline. */
function useAnnounceSoon(left: number | null, deadlineAt: string | null, sentence: string | undefined) {
  const wasAbove = useRef<{ deadline: string | null; above: boolean }>({ deadline: null, above: false });
  useEffect(() => {
    if (left === null || !sentence) return;
    const memory = wasAbove.current;
    if (memory.deadline !== deadlineAt) {
      wasAbove.current = { deadline: deadlineAt, above: left > announceAtSeconds };
      return;
    }
    if (memory.above && left <= announceAtSeconds && left >= 0) {
      memory.above = false;
      useAnnouncerStore.getState().say(sentence);
    } else if (left > announceAtSeconds) memory.above = true;
  }, [left, deadlineAt, sentence]);
}
