import type { BoardFinal, ConsultationEvent } from "@trilogue/shared";
import type { Db } from "../db/database.js";
import { finalPart } from "./board-cache.js";
import { getPoll } from "./polls.repository.js";
import { boardSourceOf } from "./sealing.service.js";

/** The events that publish a secret poll's result (the last trustee's share, or a close with nothing to decrypt). */
const tallying = new Set<ConsultationEvent["type"]>(["poll:tallied", "poll:closed"]);

/**
 * Once a secret poll's tally has committed and gone out, tells the room its board's last part
 * (`board:final`): every page that followed the board takes it in instead of asking for the very
 * same bytes, hundreds of requests in the same moments, which held the event loop at every tally.
 * Best effort: a page that does not get it reads its part as before.
 */
export function createBoardAnnouncer(deps: {
  db: Db;
  tell: (consultationId: string, final: BoardFinal) => void;
  onFault: (error: unknown, pollId: string) => void;
}) {
  async function announce(consultationId: string, pollId: string) {
    try {
      const poll = await getPoll(deps.db, consultationId, pollId);
      if (!poll.secret || poll.result === null) return;
      const part = await finalPart(poll.id, boardSourceOf(deps.db, poll));
      if (part) deps.tell(consultationId, { pollId: poll.id, ...part });
    } catch (error) {
      deps.onFault(error, pollId);
    }
  }
  return (consultationId: string, events: readonly ConsultationEvent[]): void => {
    for (const event of events) {
      if (!tallying.has(event.type)) continue;
      for (const poll of event.patch.upsert?.polls ?? [])
        if (poll.result && poll.sealing?.boardHash) void announce(consultationId, poll.id);
    }
  };
}
