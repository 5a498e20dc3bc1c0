import { orderParagraphs } from "./amend.js";
import type { ParagraphKind } from "./enums.js";
import { outlineBreak, paragraphBlock } from "./numbering.js";

type Placed = { id: string; kind: ParagraphKind; position: number; level: number };

/** Why a move is refused: it names the paragraph itself, another kind, or breaks the outline. */
export type MoveRefusal = "inside_block" | "other_kind" | "breaks_outline";

export type MoveResult<P extends Placed> = { ok: true; order: P[] } | { ok: false; reason: MoveRefusal };

/**
 * Moves a paragraph with its sub-paragraphs before another paragraph of its kind (null = to the
 * end of its kind), optionally at a new level (its sub-paragraphs keep their depth below it). The
 * result keeps the UN outline (see `outlineBreak`). Returns the whole draft in its new order, with
 * positions renumbered from 0 and levels set. Pure; does not mutate.
 */
export function moveParagraph<P extends Placed>(
  paragraphs: readonly P[],
  move: { paragraphId: string; beforeParagraphId: string | null; level?: number },
): MoveResult<P> {
  const ordered = orderParagraphs(paragraphs);
  const block = paragraphBlock(ordered, move.paragraphId);
  const head = block[0];
  if (!head) return { ok: false, reason: "inside_block" };
  const inBlock = new Set(block.map((p) => p.id));
  if (move.beforeParagraphId && inBlock.has(move.beforeParagraphId)) {
    // Before itself: only the level changes. Before one of its own sub-paragraphs: impossible.
    if (move.beforeParagraphId !== head.id) return { ok: false, reason: "inside_block" };
  }
  const shift = (move.level ?? head.level) - head.level;
  const moved = block.map((p) => ({ ...p, level: p.level + shift }));
  const rest = ordered.filter((p) => !inBlock.has(p.id));
  let at: number;
  if (move.beforeParagraphId === head.id) {
    at = ordered.findIndex((p) => p.id === head.id);
  } else if (move.beforeParagraphId) {
    at = rest.findIndex((p) => p.id === move.beforeParagraphId);
    if (at === -1) return { ok: false, reason: "inside_block" };
    if (rest[at]?.kind !== head.kind) return { ok: false, reason: "other_kind" };
  } else {
    const lastOfKind = rest.map((p) => p.kind).lastIndexOf(head.kind);
    at =
      lastOfKind === -1
        ? rest.filter((p) => p.kind === "preambular" && head.kind === "operative").length
        : lastOfKind + 1;
    if (head.kind === "preambular" && lastOfKind === -1) at = 0;
  }
  const order = [...rest.slice(0, at), ...moved, ...rest.slice(at)].map((p, position) => ({ ...p, position }));
  if (outlineBreak(order)) return { ok: false, reason: "breaks_outline" };
  return { ok: true, order };
}

/**
 * Whether removing a paragraph keeps the outline; a paragraph with sub-paragraphs is not removed
 * alone (they would fall under the paragraph before it). Pure.
 */
export function canRemoveParagraph<P extends Placed>(paragraphs: readonly P[], paragraphId: string): boolean {
  const ordered = orderParagraphs(paragraphs);
  if (paragraphBlock(ordered, paragraphId).length !== 1) return false;
  return outlineBreak(ordered.filter((p) => p.id !== paragraphId)) === null;
}

/**
 * Where "move up" and "move down" take a paragraph among its siblings (same kind, same level,
 * same chapeau): the `beforeParagraphId` of each move, or undefined when it is first or last. Pure.
 */
export function siblingMoves<P extends Placed>(
  paragraphs: readonly P[],
  paragraphId: string,
): { up: string | undefined; down: string | null | undefined } {
  const ordered = orderParagraphs(paragraphs);
  const at = ordered.findIndex((p) => p.id === paragraphId);
  const self = ordered[at];
  if (!self) return { up: undefined, down: undefined };
  const sibling = (p: P | undefined) => p !== undefined && p.kind === self.kind && p.level === self.level;
  const ends = (p: P | undefined) => p === undefined || p.kind !== self.kind || p.level < self.level;
  let up: string | undefined;
  for (let i = at - 1; i >= 0 && !ends(ordered[i]); i -= 1) {
    if (sibling(ordered[i])) {
      up = ordered[i]?.id;
      break;
    }
  }
  let down: string | null | undefined;
  const afterOwn = at + paragraphBlock(ordered, self.id).length;
  const next = ordered[afterOwn];
  if (sibling(next) && next) {
    const beyond = ordered[afterOwn + paragraphBlock(ordered, next.id).length];
    down = beyond && beyond.kind === self.kind ? beyond.id : null;
  }
  return { up, down };
}
