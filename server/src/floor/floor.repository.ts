import { and, eq, inArray } from "drizzle-orm";
import { notFound } from "../core/errors.js";
import type { Executor } from "../db/database.js";
import { floorRequests } from "../db/schema.js";

export type FloorRequestRow = typeof floorRequests.$inferSelect;

/** Requests still in play on an item: waiting, speaking, or paused by a point of order. */
export function activeRequests(db: Executor, itemId: string): Promise<FloorRequestRow[]> {
  return db
    .select()
    .from(floorRequests)
    .where(and(eq(floorRequests.itemId, itemId), inArray(floorRequests.status, ["queued", "speaking", "paused"])));
}

export async function getRequest(db: Executor, consultationId: string, requestId: string): Promise<FloorRequestRow> {
  const [row] = await db
    .select()
    .from(floorRequests)
    .where(and(eq(floorRequests.consultationId, consultationId), eq(floorRequests.id, requestId)));
  if (!row) throw notFound("No such floor request.", { code: "floor_request_not_found" });
  return row;
}

export async function updateRequest(
  db: Executor,
  requestId: string,
  values: Partial<Pick<FloorRequestRow, "status" | "grantedAt" | "deadlineAt" | "endedAt" | "pausedAt">>,
): Promise<FloorRequestRow> {
  const [row] = await db.update(floorRequests).set(values).where(eq(floorRequests.id, requestId)).returning();
  if (!row) throw notFound("No such floor request.", { code: "floor_request_not_found" });
  return row;
}

export async function insertRequest(db: Executor, values: typeof floorRequests.$inferInsert): Promise<FloorRequestRow> {
  const [row] = await db.insert(floorRequests).values(values).returning();
  if (!row) throw new Error("insert returned nothing");
  return row;
}
