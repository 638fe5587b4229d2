/** Approved standard wording: short texts an office reuses, versioned and approved before use. */
export type WordingCategory = "opening" | "s55-statement" | "closing" | "response";

export type ApprovalStatus = "approved" | "draft";

export interface WordingSnippet {
  /** Stable id, lower-case words joined by hyphens, e.g. "response-action-in-place". */
  id: string;
  /** Whole number; raised on every change, so a document records exactly which text it used. */
  version: number;
  /** Short name for the picker and the content control title. */
  title: string;
  category: WordingCategory;
  status: ApprovalStatus;
  /**
   * The text, with placeholders (compose/README.md). Paragraphs are separated by a blank line.
   * "response" wording may use recommendation placeholders ({number}, {addressees}...).
   */
  text: string;
}

/** A wording file: assets/wording/*.json, or one an office imports. */
export interface WordingFile {
  format: "ird-wording";
  formatVersion: 1;
  snippets: WordingSnippet[];
}

export interface WordingProblem {
  /** Snippet index in the file, or -1 for the file as a whole. */
  index: number;
  label: string;
  message: string;
}
