/**
 * The summary laid out once as a sequence of blocks, which every document format draws in its own
 * way: the formats cannot drift apart, and none of them decides what the document says.
 */
export type Block =
  /** The document's title line. */
  | { kind: "title"; text: string }
  /** The consultation's title under it (written by people: its direction is found from the text). */
  | { kind: "subtitle"; text: string }
  | { kind: "heading"; level: 1 | 2 | 3; text: string; quoted?: boolean }
  /**
   * A paragraph, with an optional bold label before it. `quoted` marks text written by people
   * (statements, conclusions), whose direction is found from the text rather than the language.
   */
  | { kind: "paragraph"; text: string; label?: string; quoted?: boolean; tone?: "notice" | "strong" }
  | { kind: "list"; ordered: boolean; items: ListEntry[] }
  /** `widths` are relative column widths; cells are plain text. */
  | { kind: "table"; header: string[]; rows: string[][]; widths: number[] }
  /** What follows starts a new page (the annex after a cover letter). */
  | { kind: "pageBreak" };

export type ListEntry = { label?: string; text: string; quoted?: boolean };

/** What a finished layout needs beyond the document. */
export type LayoutOptions = {
  /** SHA-256 of the canonical content, for a final summary. */
  digest: string | null;
  /** Where anyone can check the digest. */
  verifyUrl: string | null;
  /** Precede the summary with the chair's letter to the President of the Security Council, the summary as its annex. */
  coverLetter?: boolean;
};
