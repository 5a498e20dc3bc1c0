import type { Poll } from "@trilogue/shared";
import { useEffect, useRef } from "react";
import { sendCommand } from "../../realtime/connection";
import { newIdempotencyKey } from "../../realtime/socket-types";
import { useSessionStore } from "../../stores/session-store";
import { chairKey, chairPartials, fetchBoard, storedChairKey } from "./sealed-ballot";

/**
 * The chair's browser as a secret poll's trustee: it publishes its key share while the poll is a
 * draft, and its partial decryption once the poll is closed. The key stays in this browser
 * (localStorage, under the chair's participant id), so a reload does not lose it.
 */
export function useChairTrustee(poll: Poll): void {
  const me = useSessionStore((s) => s.me);
  const sent = useRef<string | null>(null);
  const chair = poll.sealing?.trustees.find((t) => t.id === "chair");
  const step =
    !me || me.role !== "chair" || !poll.secret || !chair
      ? null
      : poll.status === "draft" && !chair.hasKey
        ? "key"
        : poll.status === "closed" && !chair.hasDecrypted
          ? "decrypt"
          : null;
  useEffect(() => {
    if (!me || !step || sent.current === `${poll.id}:${step}`) return;
    sent.current = `${poll.id}:${step}`;
    if (step === "key") {
      void chairKey(me.participantId, poll.id).then(({ key }) =>
        sendCommand("trustee:publish-key", { pollId: poll.id, share: key.share }, newIdempotencyKey()),
      );
      return;
    }
    const key = storedChairKey(me.participantId, poll.id);
    if (!key) return;
    void fetchBoard(me.consultationId, poll.id)
      .then((board) => chairPartials(poll.id, key, board))
      .then((partials) => sendCommand("trustee:decrypt", { pollId: poll.id, partials }, newIdempotencyKey()));
  }, [me, step, poll.id]);
}
