import type { Poll } from "@trilogue/shared";
import { useMemo } from "react";
import { useConsultationStore } from "../../stores/consultation-store";
import { useSessionStore } from "../../stores/session-store";
import { trusteeIdOf, useTrustee } from "./use-trustee";

function TrusteeDuty({ poll }: { poll: Poll }) {
  useTrustee(poll);
  return null;
}

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
  return (
    <>
      {mine.map((poll) => (
        <TrusteeDuty key={poll.id} poll={poll} />
      ))}
    </>
  );
}
