import { useEffect, useState } from "react";
import { secondsUntil } from "../domain/time";
import { serverNow } from "../stores/connection-store";

/** Seconds left until a server deadline, ticking; null when there is no deadline. */
export function useCountdown(deadlineAt: string | null): number | null {
  const [left, setLeft] = useState(() => (deadlineAt ? secondsUntil(deadlineAt, serverNow()) : null));
  useEffect(() => {
    if (!deadlineAt) {
      setLeft(null);
      return;
    }
    const tick = () => setLeft(secondsUntil(deadlineAt, serverNow()));
    tick();
    const timer = setInterval(tick, 250);
    return () => clearInterval(timer);
  }, [deadlineAt]);
  return left;
}
