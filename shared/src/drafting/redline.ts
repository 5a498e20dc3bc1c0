import { diffWordsWithSpace } from "diff";

/** One run of a redline: text both versions share, text the newer one adds, or text it drops. */
export type RedlineSegment = { op: "equal" | "insert" | "delete"; text: string };

/**
 * The redline between two versions of a paragraph, word by word (jsdiff's word diff, whitespace
 * kept as tokens so both texts rebuild exactly): the equal and deleted runs give the older text,
 * the equal and inserted runs the newer one. A replacement is a deletion followed by an insertion.
 */
export function redline(older: string, newer: string): RedlineSegment[] {
  const segments: RedlineSegment[] = [];
  for (const change of diffWordsWithSpace(older, newer)) {
    const op = change.added ? "insert" : change.removed ? "delete" : "equal";
    const last = segments.at(-1);
    if (last && last.op === op) last.text += change.value;
    else segments.push({ op, text: change.value });
  }
  return segments;
}

/** The text a redline was taken from (`side` "older") or to ("newer"). */
export function redlineSide(segments: readonly RedlineSegment[], side: "older" | "newer"): string {
  const skip = side === "older" ? "insert" : "delete";
  return segments
    .filter((segment) => segment.op !== skip)
    .map((segment) => segment.text)
    .join("");
}
