import { useEffect, useId, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { formatDuration } from "../../domain/time";
import { useDelegations } from "../../hooks/use-consultation";
import { useConsultationStore } from "../../stores/consultation-store";
import { useDisplayWords } from "../display/use-display-words";
import { speakingTimeByConstituency } from "./speaking-time";

/** How often the running turn's share is brought up to date. */
const refreshMs = 10_000;

/** Speaking time used by constituency so far, for the chair to balance the floor during the meeting. */
export function SpeakingTimePanel() {
  const { t } = useTranslation();
  const words = useDisplayWords();
  const id = useId();
  const requests = useConsultationStore((s) => s.state?.floorRequests);
  const delegations = useDelegations();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), refreshMs);
    return () => clearInterval(timer);
  }, []);
  const rows = useMemo(
    () => speakingTimeByConstituency(Object.values(requests ?? {}), delegations, now),
    [requests, delegations, now],
  );
  if (rows.length === 0) return null;
  return (
    <section className="panel" aria-labelledby={`${id}-heading`} data-testid="speaking-time">
      <h2 id={`${id}-heading`} className="panel__title">
        {words.t("chairConsole.speakingTime")}
      </h2>
      <table className="speaking-time">
        <caption className="visually-hidden">{words.t("chairConsole.speakingTimeBy")}</caption>
        <thead>
          <tr>
            <th scope="col">{words.t("chairConsole.constituency")}</th>
            <th scope="col">{words.t("chairConsole.turns")}</th>
            <th scope="col">{words.t("chairConsole.used")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.constituency}>
              <th scope="row">{t(`constituency.${row.constituency}.short`)}</th>
              <td>{row.turns}</td>
              <td dir="ltr">{formatDuration(row.seconds)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
