import { diffWordsWithSpace } from "diff";

/** One run of a redline: text both versions share, text the newer one adds, or text it drops. */
export type RedlineSegment = { op: "equal" | "insert" | "delete"; text: string };

/** An unchanged run too short to stand alone between two changes (a word, or only spaces). */
const isShort = (text: string) => /^\s*\S*\s*$/u.test(text);

/**
 * The redline between two versions of a paragraph, word by word (jsdiff's word diff, whitespace
 * kept as tokens so both texts rebuild exactly): the equal and deleted runs give the older text,
 * the equal and inserted runs the newer one. A replacement is a deletion followed by an insertion.
 * Changes separated only by one unchanged word are read as one replacement, the way negotiators
 * write it ("[by all necessary means]" → "[using all means within its capabilities]").
 */
export function redline(older: string, newer: string): RedlineSegment[] {
  const raw: RedlineSegment[] = diffWordsWithSpace(older, newer).map((change) => ({
    op: change.added ? "insert" : change.removed ? "delete" : "equal",
    text: change.value,
  }));
  const segments: RedlineSegment[] = [];
  let deleted = "";
  let inserted = "";
  const flush = () => {
    if (deleted) segments.push({ op: "delete", text: deleted });
    if (inserted) segments.push({ op: "insert", text: inserted });
    deleted = "";
    inserted = "";
  };
  raw.forEach((segment, index) => {
    const between =
      index > 0 && index < raw.length - 1 && raw[index - 1]?.op !== "equal" && raw[index + 1]?.op !== "equal";
    if (segment.op === "equal" && !(between && isShort(segment.text))) {
      flush();
      const last = segments.at(-1);
      if (last?.op === "equal") last.text += segment.text;
      else segments.push({ ...segment });
      return;
    }
    if (segment.op !== "insert") deleted += segment.text;
    if (segment.op !== "delete") inserted += segment.text;
  });
  flush();
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
