import { and, eq, exists, notInArray, sql } from "drizzle-orm";
import type { Executor } from "../db/database.js";
import { consultationEvents, pollParticipation, polls } from "../db/schema.js";
import { setupEvents } from "./confidentiality.rules.js";

/**
 * Whether anything has been said in the consultation: an event other than setting up, or a ballot
 * (named polls without live results and secret polls log no event per ballot, so their
 * participation is read too).
 */
export async function anythingSaid(db: Executor, consultationId: string): Promise<boolean> {
  const [row] = await db
    .select({
      said: sql<boolean>`${exists(
        db
          .select({ one: sql`1` })
          .from(consultationEvents)
          .where(
            and(
              eq(consultationEvents.consultationId, consultationId),
              notInArray(consultationEvents.type, [...setupEvents]),
            ),
          ),
      )} or ${exists(
        db
          .select({ one: sql`1` })
          .from(pollParticipation)
          .innerJoin(polls, eq(polls.id, pollParticipation.pollId))
          .where(eq(polls.consultationId, consultationId)),
      )}`,
    })
    .from(sql`(select 1) as probe`);
  return row?.said === true;
}
