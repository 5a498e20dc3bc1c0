import { useState } from "react";

/** A set of ticked values (constituencies, recipients) for a row of checkboxes. */
export function useToggleSet<T>(initial: Iterable<T> = []) {
  const [chosen, setChosen] = useState<ReadonlySet<T>>(() => new Set(initial));
  const toggle = (value: T) => {
    const next = new Set(chosen);
    if (next.has(value)) next.delete(value);
    else next.add(value);
    setChosen(next);
  };
  return { chosen, toggle, clear: () => setChosen(new Set()) };
}
