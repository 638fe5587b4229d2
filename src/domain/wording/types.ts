/** Approved standard wording: short texts an office reuses, versioned and approved before use. */

/**
 * A category id, lower-case words joined by hyphens. The built-in ones are in categories.ts; an
 * office's library file may add its own or rename them (`categories` in the file).
 */
export type WordingCategory = string;

/**
 * draft: being written, shown to comms editors only; approved: offered to officers; retired: no
 * longer to be used (documents that hold it are told so, see stale.ts).
 */
export type ApprovalStatus = "approved" | "draft" | "retired";

export const APPROVAL_STATUSES: readonly ApprovalStatus[] = ["draft", "approved", "retired"];

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
   * Wording of a recommendation category may use recommendation placeholders ({number}, {addressees}...).
   * Square-bracketed prompts ("[give the reason]") are for the author to replace.
   */
  text: string;
  /** Who answers for this text (a person or team in the office). */
  owner?: string;
  /** When it was last reviewed, YYYY-MM-DD. */
  lastReviewed?: string;
  /** Words that help find it ("victims", "VRR"…). */
  tags?: string[];
}

/** Where a category's wording is used: anywhere in the letter, or inside a recommendation's response. */
export interface WordingCategoryInfo {
  id: WordingCategory;
  label: string;
  scope: "document" | "recommendation";
}

/** A wording file: assets/wording/*.json, or one an office imports. */
export interface WordingFile {
  format: "ird-wording";
  formatVersion: 1;
  /** Categories the office adds or renames (the built-in ones apply otherwise). */
  categories?: WordingCategoryInfo[];
  snippets: WordingSnippet[];
}

export interface WordingProblem {
  /** Snippet index in the file, or -1 for the file as a whole. */
  index: number;
  label: string;
  message: string;
}
