/**
 * Square brackets mark text not yet agreed, the way UN negotiators write it: "[robust] action".
 * Brackets may nest ("[[all] necessary means]") but must balance.
 */

/** Whether the text still holds a bracket, i.e. something not yet agreed. */
export const hasBrackets = (text: string): boolean => /[[\]]/.test(text);

/** Whether every opening bracket is closed, in order. */
export function bracketsBalanced(text: string): boolean {
  let depth = 0;
  for (const char of text) {
    if (char === "[") depth += 1;
    else if (char === "]") {
      depth -= 1;
      if (depth < 0) return false;
    }
  }
  return depth === 0;
}

/** Puts a passage in brackets, unless it is empty or bracketed already. */
export function bracket(passage: string): string {
  const trimmed = passage.trim();
  if (trimmed === "" || (trimmed.startsWith("[") && trimmed.endsWith("]") && bracketsBalanced(trimmed.slice(1, -1)))) {
    return passage;
  }
  return `[${passage}]`;
}
