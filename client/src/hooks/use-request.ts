import type { Ack } from "@trilogue/shared";
import { useCallback, useState } from "react";
import type { ActionView } from "../components/ActionStatus";

/** An HTTP action a component runs, with the same pending → confirmed | error life as a command. */
export function useRequest<A extends unknown[], T>(
  call: (...args: A) => Promise<Ack<T>>,
): { run(...args: A): Promise<Ack<T>>; action: ActionView | null; busy: boolean } {
  const [action, setAction] = useState<ActionView | null>(null);
  const run = useCallback(
    async (...args: A) => {
      setAction({ status: "pending", errorCode: null, errorDetail: null, errorReason: null });
      const result = await call(...args);
      setAction(
        result.ok
          ? { status: "confirmed", errorCode: null, errorDetail: null, errorReason: null }
          : {
              status: "error",
              errorCode: result.error.code,
              errorDetail: result.error.message,
              errorReason: result.error.reason ?? null,
            },
      );
      return result;
    },
    [call],
  );
  return { run, action, busy: action?.status === "pending" };
}
