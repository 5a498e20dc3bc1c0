import {
  applyChange,
  bracketsBalanced,
  type DraftProposal,
  hasBrackets,
  limits,
  type MoveRefusal,
  outlineBreak,
  type ParagraphKind,
  type ParagraphState,
  type ProposalChange,
  type TextChange,
} from "@trilogue/shared";
import { conflict, DomainError } from "../core/errors.js";

const stateWords: Record<ParagraphState, string> = {
  bracketed: "bracketed",
  agreed_ad_referendum: "agreed ad referendum",
  agreed: "agreed",
};

/**
 * An edit names the version it started from; if the paragraph has moved on since, the edit is
 * refused (CONFLICT), never applied over the newer text: the editor reviews it and edits again.
 */
export function assertFresh(baseVersion: number, current: number): void {
  if (baseVersion !== current) {
    throw conflict(
      `The paragraph changed after version ${baseVersion} (it is now at version ${current}): review the new text and edit again.`,
      { code: "paragraph_changed", params: { base: baseVersion, current } },
    );
  }
}

/** Nothing changes a paragraph while its silence procedure runs. */
export function assertNotUnderSilence(underSilence: boolean): void {
  if (underSilence)
    throw conflict("The paragraph is under a silence procedure: it cannot change until the procedure closes.", {
      code: "paragraph_under_silence",
    });
}

/** Text changes (edits, amendments, merges) only while the paragraph is bracketed. */
export function assertTextOpen(state: ParagraphState, underSilence: boolean): void {
  assertNotUnderSilence(underSilence);
  if (state !== "bracketed") {
    throw conflict(
      `The paragraph is ${stateWords[state]}: the chair returns it to brackets before its text can change.`,
      { code: "paragraph_not_bracketed", params: { state } },
    );
  }
}

/**
 * The chair moves a paragraph between states. Back to brackets is always possible (outside a
 * silence procedure); agreeing, ad referendum or fully, needs a text free of brackets and no
 * proposal still pending on it.
 */
export function assertStateMove(
  paragraph: { state: ParagraphState; text: string },
  to: ParagraphState,
  pendingProposals: number,
  underSilence: boolean,
): void {
  assertNotUnderSilence(underSilence);
  if (paragraph.state === to)
    throw conflict(`The paragraph is already ${stateWords[to]}.`, {
      code: "paragraph_already_in_state",
      params: { state: to },
    });
  if (to === "bracketed") return;
  if (hasBrackets(paragraph.text))
    throw conflict("The text still holds brackets: resolve them before agreeing it.", {
      code: "paragraph_has_brackets",
    });
  if (pendingProposals > 0) {
    throw conflict(`${pendingProposals} proposal(s) on this paragraph are pending: merge or reject them first.`, {
      code: "paragraph_pending_proposals",
      params: { count: pendingProposals },
    });
  }
}

/** The silence procedure is for text agreed ad referendum: silence until the deadline makes it agreed. */
export function assertSilenceable(state: ParagraphState): void {
  if (state !== "agreed_ad_referendum") {
    throw conflict("Only a paragraph agreed ad referendum can be put to a silence procedure.", {
      code: "silence_needs_ad_referendum",
    });
  }
}

const invalid = (message: string) => new DomainError("VALIDATION", message, [{ path: ["change"], message }]);

/**
 * Applies an amendment to a text and checks the result; a passage that is not there, or occurs
 * more than once, is refused (on proposal: VALIDATION, quote it as it stands; on merge: CONFLICT,
 * the text moved on). Returns the amended text.
 */
export function amend(text: string, change: TextChange, when: "propose" | "merge"): string {
  const result = applyChange(text, change);
  if (!result.ok && result.reason === "passage_moved") {
    throw conflict("The passage selected is no longer at that place in the text: select it again.", {
      code: "passage_selection_stale",
    });
  }
  if (!result.ok) {
    const message =
      result.reason === "passage_missing"
        ? "The passage quoted is not in the paragraph's text."
        : "The passage quoted occurs more than once: quote more of it.";
    throw when === "merge"
      ? conflict(`${message} The text moved on since the proposal: edit it by hand.`, { code: "proposal_text_moved" })
      : invalid(message);
  }
  if (result.text === "") throw invalid("The amendment would leave the paragraph empty.");
  if (result.text.length > limits.paragraphText) throw invalid("The amended paragraph would be too long.");
  if (!bracketsBalanced(result.text)) throw invalid("The amended paragraph's brackets must balance.");
  return result.text;
}

/** The amendment a stored proposal makes (a new paragraph makes none). */
export function changeOf(proposal: Pick<DraftProposal, "kind" | "passage" | "text" | "passageAt">): TextChange | null {
  if (proposal.kind === "new_paragraph") return null;
  return {
    kind: proposal.kind,
    passage: proposal.passage,
    text: proposal.text,
    ...(proposal.passageAt === null ? {} : { at: proposal.passageAt }),
  };
}

/** The amendment a proposal's change makes to its paragraph. */
export function textChangeOf(change: Exclude<ProposalChange, { kind: "new_paragraph" }>): TextChange {
  switch (change.kind) {
    case "replace":
      return { kind: "replace", passage: change.passage, text: change.text, at: change.at };
    case "insert":
      return { kind: "insert", passage: change.after, text: change.text, at: change.at };
    case "delete":
      return { kind: "delete", passage: change.passage, text: "", at: change.at };
    case "alternative":
      return { kind: "alternative", passage: "", text: change.text };
  }
}

const outlineWords: Record<MoveRefusal, string> = {
  inside_block: "A paragraph cannot move among its own sub-paragraphs.",
  other_kind: "A paragraph moves among paragraphs of its own kind (preambular or operative).",
  breaks_outline:
    "That place breaks the outline: a sub-paragraph follows its chapeau or another sub-paragraph, one level deeper at most, and preambular paragraphs are not subdivided.",
};

/** Refuses a change to a draft's outline (CONFLICT), saying why. */
export function refuseOutline(reason: MoveRefusal): never {
  throw conflict(outlineWords[reason], { code: `outline_${reason}` });
}

/** The paragraphs, in their new order, must form a UN outline (see `outlineBreak`). */
export function assertOutline(order: readonly { id: string; kind: ParagraphKind; position: number; level: number }[]) {
  if (outlineBreak(order)) refuseOutline("breaks_outline");
}
