import type { Poll } from "@trilogue/shared";
import { lazy, Suspense, useMemo } from "react";
import { useConsultationStore } from "../../stores/consultation-store";
import { useSessionStore } from "../../stores/session-store";
import { trusteeIdOf } from "./trustee-of";

// The cryptography loads only in a trustee's browser, not with every delegate's room.
const TrusteeDuty = lazy(() => import("./TrusteeDuty").then((m) => ({ default: m.TrusteeDuty })));

/**
 * This browser's work as a trustee of secret polls (the chair's, or a named delegation's):
 * mounted once with the room, whatever tab or item is shown, so a key share is published while
 * the poll is a draft and a decryption share once it closes, without anyone opening the poll.
 */
export function TrusteeDuties() {
  const me = useSessionStore((s) => s.me);
  const polls = useConsultationStore((s) => s.state?.polls);
  const mine = useMemo(
    () => Object.values(polls ?? {}).filter((poll) => poll.status !== "open" && trusteeIdOf(poll, me) !== null),
    [polls, me],
  );
  if (mine.length === 0) return null;
  return (
    <Suspense fallback={null}>
      {mine.map((poll) => (
        <TrusteeDuty key={poll.id} poll={poll} />
      ))}
    </Suspense>
  );
}
