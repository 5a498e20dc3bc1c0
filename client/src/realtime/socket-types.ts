import type {
  Ack,
  ClientToServerEvents,
  CommandInput,
  CommandName,
  CommandResult,
  ServerToClientEvents,
} from "@trilogue/shared";
import type { Socket } from "socket.io-client";

/** The typed Socket.IO client, on the shared event maps. */
export type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** What a component passes for a command: its payload without the idempotency key. */
export type CommandArgs<C extends CommandName> = Omit<CommandInput<C>, "idempotencyKey">;

type EmitCommand = (event: CommandName, payload: unknown) => Promise<Ack<CommandResult>>;

/**
 * Emits one command and waits for its acknowledgement or the timeout. The event map is indexed by
 * a generic name here, which TypeScript cannot narrow, so the call is typed once in this place.
 */
export function emitCommand<C extends CommandName>(
  socket: ClientSocket,
  name: C,
  payload: CommandArgs<C> & { idempotencyKey: string },
  timeoutMs: number,
): Promise<Ack<CommandResult>> {
  const timed = socket.timeout(timeoutMs);
  return (timed.emitWithAck as EmitCommand).call(timed, name, payload);
}

/** A fresh idempotency key (letters, digits and dashes, as the shared schema wants). */
export function newIdempotencyKey(): string {
  if (typeof crypto !== "undefined" && typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}
