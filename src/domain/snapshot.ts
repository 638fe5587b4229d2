/**
 * What src/word reads from a document (or src/cli from a .docx/.txt), for coverage to analyse.
 * Plain data; no Word types.
 */
import type { Inspection } from "./catalog/types";

export interface SnapshotParagraph {
  text: string;
  /** Style name as Word reports it (e.g. "Heading 2"), when known. */
  style?: string;
  /** The list label Word shows before it ("3.", "a)"), when known. */
  listString?: string;
  /** Inside a table cell. */
  inTable?: boolean;
  /** Tags of the add-in controls containing this paragraph, outermost first, when known. */
  controlTags?: string[];
}

export interface SnapshotControl {
  /** Word's control id (number) where the host gives one. */
  id?: number;
  tag: string;
  title: string;
  /** The control's current text (may equal the placeholder text after a clear). */
  text: string;
  placeholderText: string;
}

export interface DocumentSnapshot {
  paragraphs: SnapshotParagraph[];
  /** Content controls carrying a tag, in document order (nested ones included). */
  controls: SnapshotControl[];
  /**
   * Text and sections deleted with Track Changes on and not yet accepted (WORD-SEMANTICS 71):
   * "excluded" when they were left out of this snapshot; "textOnly" when the text was but deleted
   * sections are still listed (Word without WordApi 1.5); "unknown" when the reader cannot tell
   * (Word without WordApi 1.4), so they may count. Absent: none were pending, or none were read.
   */
  trackedDeletions?: "excluded" | "textOnly" | "unknown";
  /** The inspection stored in the document by the add-in, if any. */
  storedInspection?: Inspection | null;
}
