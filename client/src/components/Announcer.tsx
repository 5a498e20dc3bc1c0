import { useEffect, useRef, useState } from "react";

/** Props of {@link Announcer}. */
export type AnnouncerProps = {
  /** The sentence to announce when it changes (e.g. who has the floor); null says nothing. */
  message: string | null;
};

/**
 * A polite live region that speaks a sentence once when it changes, and not on first render, so a
 * screen reader hears "Senegal has the floor" once rather than every re-render.
 */
export function Announcer({ message }: AnnouncerProps) {
  const [spoken, setSpoken] = useState("");
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (message) setSpoken(message);
  }, [message]);
  return (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      {spoken}
    </div>
  );
}
