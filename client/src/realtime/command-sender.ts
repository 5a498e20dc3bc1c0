import type { Ack, CommandName, CommandResult } from "@trilogue/shared";
import { usePendingStore } from "../stores/pending-store";
import { type ClientSocket, type CommandArgs, emitCommand, newIdempotencyKey } from "./socket-types";

/** How many unanswered sends, while connected, before the action is reported as failed. */
export const maxAttemptsWhileConnected = 4;

/** What the sender needs from the connection. */
export type SenderDeps = {
  /** The socket now, or null when there is none. */
  current(): ClientSocket | null;
  /** Resolves true on the next connect, false if the session ended meanwhile. */
  untilConnected(): Promise<boolean>;
  timeoutMs: number;
};

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Builds `sendCommand`: records the action as pending, sends it, and on a lost answer or a dropped
 * connection sends it again with the same idempotency key, so the server applies it once.
 */
export function createCommandSender(deps: SenderDeps) {
  return async function sendCommand<C extends CommandName>(
    name: C,
    payload: CommandArgs<C>,
    key: string = newIdempotencyKey(),
  ): Promise<Ack<CommandResult>> {
    const pending = usePendingStore.getState();
    pending.start(key, name);
    const body = { ...payload, idempotencyKey: key };
    let unanswered = 0;
    for (;;) {
      const socket = deps.current();
      if (!socket?.connected) {
        pending.waiting(key);
        if (!(await deps.untilConnected())) {
          const message = "Not signed in.";
          pending.fail(key, "UNAUTHENTICATED", message);
          return { ok: false, error: { code: "UNAUTHENTICATED", message } };
        }
        continue;
      }
      pending.attempt(key);
      try {
        const ack = await emitCommand(socket, name, body, deps.timeoutMs);
        if (ack.ok) {
          pending.confirm(key);
          return ack;
        }
        // The server could not reach its database: worth one more try after a pause.
        if (ack.error.code === "UNAVAILABLE" && ++unanswered < maxAttemptsWhileConnected) {
          await delay(500 * unanswered);
          continue;
        }
        pending.fail(key, ack.error.code, ack.error.message, ack.error.reason);
        return ack;
      } catch {
        // No answer: either the link dropped (wait for it, then resend) or the server is slow.
        if (socket.connected && ++unanswered >= maxAttemptsWhileConnected) {
          const message = "No answer from the server.";
          pending.fail(key, "TIMEOUT", message);
          return { ok: false, error: { code: "UNAVAILABLE", message } };
        }
      }
    }
  };
}
