import { randomUUID } from "node:crypto";
import { limits } from "@trilogue/shared";
import { eq } from "drizzle-orm";
import { assertLive, assertNotClosed } from "../consultations/consultations.rules.js";
import { conflict, notFound } from "../core/errors.js";
import { agendaItems } from "../db/schema.js";
import { closeFloorForItem } from "../floor/floor.service.js";
import type { CommandHandlers } from "../realtime/command-bus.js";
import { presentItem } from "./agenda.presenter.js";
import { getItem, listItems, updateItem } from "./agenda.repository.js";
import { assertCanOpen, assertPermutation, reopenedAt, timeBoxDeadline } from "./agenda.rules.js";

type AgendaCommand =
  | "agenda:add"
  | "agenda:remove"
  | "agenda:open"
  | "agenda:set-time-box"
  | "agenda:set-speaking-time"
  | "agenda:reorder"
  | "agenda:conclude"
  | "agenda:reopen";

export const agendaCommands: Pick<CommandHandlers, AgendaCommand> = {
  "agenda:add": {
    async run({ tx, consultation, emit }, input) {
      assertNotClosed(consultation.status);
      const items = await listItems(tx, consultation.id);
      if (items.length >= limits.agendaItems)
        throw conflict(`An agenda holds at most ${limits.agendaItems} items.`, {
          code: "agenda_full",
          params: { max: limits.agendaItems },
        });
      const [row] = await tx
        .insert(agendaItems)
        .values({
          id: randomUUID(),
          consultationId: consultation.id,
          position: (items.at(-1)?.position ?? -1) + 1,
          title: input.title,
          question: input.question,
          timeBoxSeconds: input.timeBoxSeconds,
        })
        .returning();
      if (!row) throw new Error("insert returned nothing");
      emit("item:added", { upsert: { items: [presentItem(row)] } });
      return row.id;
    },
  },

  "agenda:remove": {
    async run({ tx, consultation, emit }, { itemId }) {
      assertNotClosed(consultation.status);
      const item = await getItem(tx, consultation.id, itemId);
      if (item.status !== "pending")
        throw conflict("Only an item not yet discussed can be dropped.", { code: "item_not_pending" });
      await tx.delete(agendaItems).where(eq(agendaItems.id, itemId));
      emit("item:removed", { remove: { items: [itemId] } });
      return undefined;
    },
  },

  "agenda:open": {
    async run({ tx, consultation, now, emit }, { itemId }) {
      assertLive(consultation.status);
      const items = await listItems(tx, consultation.id);
      assertCanOpen(items, itemId);
      const item = await getItem(tx, consultation.id, itemId);
      const row = await updateItem(tx, itemId, {
        status: "open",
        openedAt: now,
        deadlineAt: timeBoxDeadline(now, item.timeBoxSeconds),
      });
      emit("item:opened", { upsert: { items: [presentItem(row)] } });
      return undefined;
    },
  },

  "agenda:set-time-box": {
    async run({ tx, consultation, emit }, { itemId, timeBoxSeconds }) {
      assertNotClosed(consultation.status);
      const item = await getItem(tx, consultation.id, itemId);
      if (item.status === "concluded") throw conflict("The item is concluded.", { code: "item_concluded" });
      const row = await updateItem(tx, itemId, {
        timeBoxSeconds,
        deadlineAt: timeBoxDeadline(item.openedAt, timeBoxSeconds),
      });
      emit("item:time-box-set", { upsert: { items: [presentItem(row)] } });
      return undefined;
    },
  },

  "agenda:set-speaking-time": {
    async run({ tx, consultation, emit }, { itemId, speakingTimeSeconds, pointOfOrderSeconds }) {
      assertNotClosed(consultation.status);
      await getItem(tx, consultation.id, itemId);
      const row = await updateItem(tx, itemId, {
        speakingTimeSeconds,
        ...(pointOfOrderSeconds === undefined ? {} : { pointOfOrderSeconds }),
      });
      emit("item:time-box-set", { upsert: { items: [presentItem(row)] } });
      return undefined;
    },
  },

  "agenda:reorder": {
    async run({ tx, consultation, emit }, { itemIds }) {
      assertNotClosed(consultation.status);
      const items = await listItems(tx, consultation.id);
      assertPermutation(
        items.map((item) => item.id),
        itemIds,
      );
      const updated = [];
      for (const [position, id] of itemIds.entries()) {
        updated.push(presentItem(await updateItem(tx, id, { position })));
      }
      emit("agenda:reordered", { upsert: { items: updated } });
      return undefined;
    },
  },

  "agenda:conclude": {
    async run(uow, { itemId, conclusion }) {
      const { tx, consultation, now, emit } = uow;
      assertNotClosed(consultation.status);
      const item = await getItem(tx, consultation.id, itemId);
      if (item.status !== "open")
        throw conflict("Only the item under discussion can be concluded.", { code: "item_not_open" });
      const floorRequests = await closeFloorForItem(uow, itemId);
      const row = await updateItem(tx, itemId, { status: "concluded", conclusion, concludedAt: now });
      emit("item:concluded", { upsert: { items: [presentItem(row)], floorRequests } });
      return undefined;
    },
  },

  "agenda:reopen": {
    async run({ tx, consultation, now, emit }, { itemId }) {
      assertLive(consultation.status);
      const items = await listItems(tx, consultation.id);
      const item = items.find((candidate) => candidate.id === itemId);
      if (!item) throw notFound("No such agenda item.", { code: "item_not_found" });
      if (item.status !== "concluded")
        throw conflict("Only a concluded item can be reopened.", { code: "item_not_concluded" });
      if (items.some((candidate) => candidate.status === "open")) {
        throw conflict("Another item is under discussion: conclude it first.", { code: "item_other_open" });
      }
      // The conclusion stays on record until the item is concluded again; the time box resumes.
      const openedAt = reopenedAt(now, item.openedAt, item.concludedAt);
      const row = await updateItem(tx, itemId, {
        status: "open",
        openedAt,
        deadlineAt: timeBoxDeadline(openedAt, item.timeBoxSeconds),
        concludedAt: null,
      });
      emit("item:reopened", { upsert: { items: [presentItem(row)] } });
      return undefined;
    },
  },
};
