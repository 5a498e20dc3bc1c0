import type { Poll } from "@trilogue/shared";
import { useEffect, useReducer, useRef } from "react";
import { sendCommand } from "../../realtime/connection";
import { newIdempotencyKey } from "../../realtime/socket-types";
import { useSessionStore } from "../../stores/session-store";
import { chairKey, chairPartials, fetchBoard, onChairKeyRestored, storedChairKey } from "./sealed-ballot";

/** What the chair's browser has to do for a secret poll as its trustee, if anything. */
export type ChairTrusteeStep = "key" | "decrypt" | null;

/** The step a poll awaits from the chair's browser. */
export function chairTrusteeStep(poll: Poll, role: string | undefined): ChairTrusteeStep {
  const chair = poll.sealing?.trustees.find((t) => t.id === "chair");
  if (role !== "chair" || !poll.secret || !chair) return null;
  if (poll.status === "draft" && !chair.hasKey) return "key";
  if (poll.status === "closed" && !chair.hasDecrypted) return "decrypt";
  return null;
}

/**
 * The chair's browser as a secret poll's trustee: it publishes its key share while the poll is a
 * draft, and its partial decryption once the poll is closed. The key stays in this browser
 * (localStorage, under the chair's participant id), so a reload does not lose it; when it is
 * missing (another browser, cleared storage), the decryption waits until it is restored from its
 * backup file, and runs then.
 */
export function useChairTrustee(poll: Poll): void {
  const me = useSessionStore((s) => s.me);
  const sent = useRef<string | null>(null);
  const [restored, keyRestored] = useReducer((n: number) => n + 1, 0);
  useEffect(() => onChairKeyRestored(keyRestored), []);
  const step = chairTrusteeStep(poll, me?.role);
  // `restored` re-runs the effect once a missing key share is restored from its file.
  // biome-ignore lint/correctness/useExhaustiveDependencies: restored is the trigger, read nowhere else
  useEffect(() => {
    if (!me || !step || sent.current === `${poll.id}:${step}`) return;
    if (step === "key") {
      sent.current = `${poll.id}:${step}`;
      void chairKey(me.participantId, poll.id).then(({ key }) =>
        sendCommand("trustee:publish-key", { pollId: poll.id, share: key.share }, newIdempotencyKey()),
      );
      return;
    }
    const key = storedChairKey(me.participantId, poll.id);
    if (!key) return;
    sent.current = `${poll.id}:${step}`;
    void fetchBoard(me.consultationId, poll.id)
      .then((board) => chairPartials(poll.id, key, board))
      .then((partials) => sendCommand("trustee:decrypt", { pollId: poll.id, partials }, newIdempotencyKey()))
      .catch(() => {
        // The next render (a reconnect, a state change) tries again.
        sent.current = null;
      });
  }, [me, step, poll.id, restored]);
}
