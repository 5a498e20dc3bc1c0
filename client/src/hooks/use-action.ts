import type { CommandName } from "@trilogue/shared";
import { useCallback, useState } from "react";
import { sendCommand } from "../realtime/connection";
import { type CommandArgs, newIdempotencyKey } from "../realtime/socket-types";
import { type PendingAction, usePendingStore } from "../stores/pending-store";

/** A command a component can run, and the life of its latest run. */
export type ActionHandle<C extends CommandName> = {
  /** Sends the command; resolves true when the server confirmed it. */
  run(payload: CommandArgs<C>): Promise<boolean>;
  /** The latest run, or null before the first. */
  action: PendingAction | null;
  /** True while the latest run is unanswered. */
  busy: boolean;
};

/** Binds one command for a component: it dispatches, the pending store tracks it. */
export function useAction<C extends CommandName>(name: C): ActionHandle<C> {
  const [key, setKey] = useState<string | null>(null);
  const action = usePendingStore((s) => (key ? (s.actions[key] ?? null) : null));
  const run = useCallback(
    async (payload: CommandArgs<C>) => {
      const fresh = newIdempotencyKey();
      setKey(fresh);
      const ack = await sendCommand(name, payload, fresh);
      return ack.ok;
    },
    [name],
  );
  const busy = action?.status === "pending" || action?.status === "waiting";
  return { run, action, busy };
}
