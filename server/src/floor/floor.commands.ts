import { randomUUID } from "node:crypto";
import { type FloorRequest, is, nextSpeaker } from "@trilogue/shared";
import { currentItem } from "../agenda/agenda.repository.js";
import { assertLive } from "../consultations/consultations.rules.js";
import { conflict, forbidden } from "../core/errors.js";
import type { UnitOfWork } from "../events/unit-of-work.js";
import type { CommandHandlers } from "../realtime/command-bus.js";
import { presentFloorRequest } from "./floor.presenter.js";
import { activeRequests, getRequest, insertRequest, updateRequest } from "./floor.repository.js";
import { hasWaitingRequest, interrupts, turnDeadline } from "./floor.rules.js";
import { endCurrentTurn, endPausedTurn, pauseTurn, resumePausedTurn } from "./floor.service.js";

type FloorCommand = "floor:request" | "floor:withdraw" | "floor:give" | "floor:set-time" | "floor:end-turn";

/** The item under discussion; the floor exists only while one is open. */
async function openItem(uow: UnitOfWork) {
  assertLive(uow.consultation.status);
  const item = await currentItem(uow.tx, uow.consultation.id);
  if (!item) throw conflict("No agenda item is under discussion.", { code: "no_item_open" });
  return item;
}

export const floorCommands: Pick<CommandHandlers, FloorCommand> = {
  "floor:request": {
    async run(uow, { kind }, me) {
      const item = await openItem(uow);
      const delegationId = me.delegationId;
      if (hasWaitingRequest(await activeRequests(uow.tx, item.id), delegationId, kind)) {
        throw conflict("Your delegation is already on the list for this.", { code: "floor_already_requested" });
      }
      const row = await insertRequest(uow.tx, {
        id: randomUUID(),
        consultationId: uow.consultation.id,
        itemId: item.id,
        delegationId,
        participantId: me.participantId,
        kind,
        status: "queued",
        requestedAt: uow.now,
      });
      uow.emit("floor:requested", { upsert: { floorRequests: [presentFloorRequest(row)] } });
      return row.id;
    },
  },

  "floor:withdraw": {
    async run(uow, { requestId }, me) {
      const request = await getRequest(uow.tx, uow.consultation.id, requestId);
      if (!is.chair(me) && request.delegationId !== me.delegationId) {
        throw forbidden("Only the requesting delegation or the chair can withdraw this request.", {
          code: "floor_withdraw_not_yours",
        });
      }
      if (request.status !== "queued")
        throw conflict("Only a waiting request can be withdrawn.", { code: "floor_request_not_waiting" });
      const row = await updateRequest(uow.tx, requestId, { status: "withdrawn", endedAt: uow.now });
      uow.emit("floor:withdrawn", { upsert: { floorRequests: [presentFloorRequest(row)] } });
      return undefined;
    },
  },

  "floor:give": {
    async run(uow, { requestId, speakingTimeSeconds }) {
      const item = await openItem(uow);
      const active = await activeRequests(uow.tx, item.id);
      const target = requestId ? active.find((request) => request.id === requestId) : nextSpeaker(active);
      if (!target)
        throw requestId
          ? conflict("That request is not waiting for the floor.", { code: "floor_request_not_waiting" })
          : conflict("Nobody is waiting for the floor.", { code: "floor_nobody_waiting" });
      if (target.status !== "queued")
        throw conflict("That delegation already has the floor.", { code: "floor_already_given" });
      const changed: FloorRequest[] = [];
      const speaking = active.find((request) => request.status === "speaking");
      if (speaking && interrupts(target, speaking)) {
        // A point of order interrupts: the speaker waits with the time left, and resumes after it.
        changed.push(await pauseTurn(uow, speaking));
      } else {
        const ended = await endCurrentTurn(uow, item.id);
        if (ended) changed.push(ended);
        // Giving the floor to anyone but another point of order moves past a paused speaker.
        const lapsed = target.kind === "point_of_order" ? undefined : await endPausedTurn(uow, item.id);
        if (lapsed) changed.push(lapsed);
      }
      const seconds =
        speakingTimeSeconds ?? (target.kind === "point_of_order" ? item.pointOfOrderSeconds : item.speakingTimeSeconds);
      const row = await updateRequest(uow.tx, target.id, {
        status: "speaking",
        grantedAt: uow.now,
        deadlineAt: turnDeadline(uow.now, seconds),
      });
      changed.push(presentFloorRequest(row));
      uow.emit("floor:given", { upsert: { floorRequests: changed } });
      return row.id;
    },
  },

  "floor:set-time": {
    async run(uow, { speakingTimeSeconds }) {
      const item = await openItem(uow);
      const speaking = (await activeRequests(uow.tx, item.id)).find((request) => request.status === "speaking");
      if (!speaking?.grantedAt) throw conflict("Nobody has the floor.", { code: "floor_nobody_speaking" });
      const row = await updateRequest(uow.tx, speaking.id, {
        deadlineAt: turnDeadline(speaking.grantedAt, speakingTimeSeconds),
      });
      uow.emit("floor:time-set", { upsert: { floorRequests: [presentFloorRequest(row)] } });
      return undefined;
    },
  },

  "floor:end-turn": {
    async run(uow) {
      const item = await openItem(uow);
      const ended = await endCurrentTurn(uow, item.id);
      if (!ended) throw conflict("Nobody has the floor.", { code: "floor_nobody_speaking" });
      // The end of a point of order gives the floor back to the speaker it interrupted.
      const resumed = ended.kind === "point_of_order" ? await resumePausedTurn(uow, item.id) : undefined;
      uow.emit("floor:turn-ended", { upsert: { floorRequests: resumed ? [ended, resumed] : [ended] } });
      return undefined;
    },
  },
};
