import { useTranslation } from "react-i18next";
import { formatDuration } from "../domain/time";
import { useCountdown } from "../hooks/use-countdown";

/** Props of {@link Countdown}. */
export type CountdownProps = {
  /** The server's deadline (ISO time), or null when none is set. */
  deadlineAt: string | null;
  /** `large` on the room display and for the speaker. */
  size?: "normal" | "large";
};

/**
 * Time left until a server deadline, then time over. Not announced each second (aria-live off);
 * the words "left" and "over time" carry the meaning, not only the colour.
 */
export function Countdown({ deadlineAt, size = "normal" }: CountdownProps) {
  const { t } = useTranslation();
  const left = useCountdown(deadlineAt);
  if (left === null) return null;
  const over = left < 0;
  const soon = !over && left <= 30;
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
