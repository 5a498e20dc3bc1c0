import type { Poll } from "@trilogue/shared";
import { useEffect, useReducer, useRef } from "react";
import { sendCommand } from "../../realtime/connection";
import { newIdempotencyKey } from "../../realtime/socket-types";
import { useSessionStore } from "../../stores/session-store";
import { fetchBoardHead, onTrusteeKeyRestored, storedTrusteeKey, trusteeKeyOf, trusteePartials } from "./sealed-ballot";
import { type Person, trusteeIdOf } from "./trustee-of";

export { trusteeIdOf } from "./trustee-of";

/** What this browser has to do for a secret poll as its trustee, if anything. */
export type TrusteeStep = "key" | "decrypt" | null;

/** The step a poll awaits from this browser as its trustee. */
export function trusteeStep(poll: Poll, me: Person): TrusteeStep {
  const id = trusteeIdOf(poll, me);
  const trustee = poll.sealing?.trustees.find((t) => t.id === id);
  if (!trustee) return null;
  if (poll.status === "draft" && !trustee.hasKey) return "key";
  if (poll.status === "closed" && !trustee.hasDecrypted) return "decrypt";
  return null;
}

/**
 * This browser as a secret poll's trustee (the chair's, or a named delegation's): it publishes its
 * key share while the poll is a draft, and its partial decryption once the poll is closed. The key
 * stays in this browser (localStorage, under the participant's id), so a reload does not lose it;
 * when it is missing (another browser, cleared storage), the decryption waits until it is
 * restored from its backup file, and runs then.
 */
export function useTrustee(poll: Poll): void {
  const me = useSessionStore((s) => s.me);
  const sent = useRef<string | null>(null);
  const [restored, keyRestored] = useReducer((n: number) => n + 1, 0);
  useEffect(() => onTrusteeKeyRestored(keyRestored), []);
  const step = trusteeStep(poll, me);
  const trusteeId = trusteeIdOf(poll, me);
  // `restored` re-runs the effect once a missing key share is restored from its file.
  // biome-ignore lint/correctness/useExhaustiveDependencies: restored is the trigger, read nowhere else
  useEffect(() => {
    if (!me || !step || !trusteeId || sent.current === `${poll.id}:${step}`) return;
    if (step === "key") {
      sent.current = `${poll.id}:${step}`;
      void trusteeKeyOf(me.participantId, poll.id, trusteeId).then((key) =>
        sendCommand("trustee:publish-key", { pollId: poll.id, share: key.share }, newIdempotencyKey()),
      );
      return;
    }
    const key = storedTrusteeKey(me.participantId, poll.id);
    if (!key) return;
    sent.current = `${poll.id}:${step}`;
    void fetchBoardHead(me.consultationId, poll.id)
      .then((board) => {
        // Another browser of the delegation may have published the share the key is made of.
        if (board.trustees.find((t) => t.id === trusteeId)?.publicShare !== key.share.publicShare)
          throw new Error("this browser's key share is not the published one");
        return trusteePartials(poll.id, trusteeId, key, board);
      })
      .then((partials) => sendCommand("trustee:decrypt", { pollId: poll.id, partials }, newIdempotencyKey()))
      .catch(() => {
        // The next render (a reconnect, a state change) tries again.
        sent.current = null;
      });
  }, [me, step, trusteeId, poll.id, restored]);
}
