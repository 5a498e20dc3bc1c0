import type { ConsultationEvent, PollWaiting } from "@trilogue/shared";
import { consultationsWithDueCalls } from "../consensus/consensus.repository.js";
import { closeDueCalls } from "../consensus/consensus.service.js";
import type { Db } from "../db/database.js";
import { inConsultation } from "../events/unit-of-work.js";
import { announceTurnouts, consultationsWithNewTurnout } from "../polls/polls.service.js";
import { waitingLists } from "../polls/waiting.js";
import type { Publish } from "../realtime/command-bus.js";

/** How often the scheduler looks for due work. */
export const schedulerIntervalMs = 250;
/** The longest pause between passes while the database keeps failing. */
const maxBackoffMs = 5000;

/**
 * The server's own work, found by polling the database, so that it survives restarts and runs
 * once however many nodes poll: consensus calls whose deadline has come are closed, and changed
 * poll turnouts are announced (coalescing a burst of ballots into one small event). Each
 * consultation's work runs through `inConsultation` with no actor, like any command, under the
 * consultation's lock; a call is closed once because its status is checked under that lock.
 */
export function createScheduler(deps: {
  db: Db;
  publish: Publish;
  /** Tells the consultation's chair who has not voted yet (see `waiting.ts`); across nodes. */
  tellChair?: (consultationId: string, waiting: PollWaiting[]) => void;
  onFault: (error: unknown, consultationId: string | null) => void;
  intervalMs?: number;
}) {
  const intervalMs = deps.intervalMs ?? schedulerIntervalMs;
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<void> | undefined;
  let stopped = true;
  let failures = 0;

  /** One pass over every consultation with due work; returns the events it appended. */
  async function runOnce(now = new Date()): Promise<ConsultationEvent[]> {
    const due = await consultationsWithDueCalls(deps.db, now);
    const turnouts = await consultationsWithNewTurnout(deps.db);
    const appended: ConsultationEvent[] = [];
    for (const consultationId of new Set([...due, ...turnouts])) {
      try {
        const { events, value: waiting } = await inConsultation(deps.db, consultationId, null, async (uow) => {
          await closeDueCalls(uow);
          const changed = await announceTurnouts(uow);
          return changed > 0 ? waitingLists(uow.tx, consultationId) : [];
        });
        deps.publish(consultationId, events);
        if (waiting.length > 0) deps.tellChair?.(consultationId, waiting);
        appended.push(...events);
      } catch (error) {
        deps.onFault(error, consultationId);
      }
    }
    return appended;
  }

  // While the database is down, passes back off and only the first failure is reported.
  function schedule() {
    if (stopped) return;
    const delay = Math.min(intervalMs * 2 ** failures, maxBackoffMs);
    timer = setTimeout(() => {
      current = runOnce()
        .then(() => {
          failures = 0;
        })
        .catch((error: unknown) => {
          if (failures === 0) deps.onFault(error, null);
          failures += 1;
        })
        .finally(() => {
          current = undefined;
          schedule();
        });
    }, delay);
  }

  return {
    runOnce,
    start() {
      if (!stopped) return;
      stopped = false;
      schedule();
    },
    /** Stops polling and waits for a pass under way, so the database can close after it. */
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await current;
    },
  };
}
