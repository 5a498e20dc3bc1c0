import i18next from "i18next";
import { useEffect, useState } from "react";

let loading: Promise<void> | null = null;

/** Loads the refusal reasons' sentences once (`reason-strings.ts`, a chunk of its own). */
export function loadReasonWords(): Promise<void> {
  loading ??= import("./reason-strings").then(({ addReasonStrings }) => addReasonStrings(i18next));
  return loading;
}

/** Loads the reasons' sentences when a refusal is to be shown, and renders again once they are in. */
export function useReasonWords(needed: boolean): void {
  const [, setLoaded] = useState(false);
  useEffect(() => {
    if (needed) void loadReasonWords().then(() => setLoaded(true));
  }, [needed]);
}
