/**
 * What the task pane may ask of Word. The task pane depends on this interface only; the Office
 * implementation lives beside it in src/word and is the only code that touches Office.js.
 * Every method is one user action: one Word.run, a fixed number of syncs.
 */
import type { Inspection } from "../domain/catalog/types";
import type { Plan } from "../domain/plan";
import type { DocumentSnapshot } from "../domain/snapshot";

export interface HostCapabilities {
  /** Highest WordApi version the host reports (e.g. "1.3"); "1.1" at least, since the manifest requires it. */
  wordApi: string;
  /** WordApi 1.4: custom XML parts and document settings in the Word API. */
  customXml: boolean;
  /** WordApi 1.3: cannotEdit/getFirstOrNullObject/etc. */
  wordApi13: boolean;
}

export type InsertWhere = "cursor" | "end";

export interface InsertOutcome {
  /** Where the content actually went ("end" when the cursor was in no suitable place). */
  placedAt: InsertWhere;
  /** Section tags inserted. */
  inserted: string[];
  /** Section tags left alone because the document already had them. */
  skipped: string[];
  /** A plain-language note for the user (e.g. why it went to the end), if any. */
  note?: string;
}

/** A failure the user must see, with what to do. `code` is Word's error code where there was one. */
export class WordActionError extends Error {
  constructor(
    message: string,
    readonly code: string,
    override readonly cause?: unknown,
  ) {
    super(message);
    this.name = "WordActionError";
  }
}

/** The stored inspection with where it came from and, when it could not be used, why (additive). */
export interface StoredInspectionRead {
  inspection: Inspection | null;
  /** Plain words: why a stored inspection was found but not usable (tampered, damaged, other format). */
  problem?: string;
  /** "customXml" (WordApi 1.4), "settings" (older Word), or "none" when nothing was stored. */
  source: "customXml" | "settings" | "none";
}

export interface WordPort {
  capabilities(): HostCapabilities;
  /** Inserts the whole plan at the cursor (or at the end, see InsertOutcome.placedAt). */
  insertPlan(plan: Plan, where: InsertWhere): Promise<InsertOutcome>;
  /** Inserts only the plan's sections that the document lacks, each in recommendation order. */
  insertMissing(plan: Plan): Promise<InsertOutcome>;
  /** Reads paragraphs, tagged controls and the stored inspection, in at most 2 syncs. */
  readSnapshot(): Promise<DocumentSnapshot>;
  /** Selects and scrolls to the control with this tag. */
  selectTag(tag: string): Promise<void>;
  /** Selects and scrolls to the paragraph at this index of the snapshot's paragraphs. */
  selectParagraph(index: number): Promise<void>;
  /** Stores the inspection in the document (custom XML part, or settings where 1.4 is missing). */
  storeInspection(inspection: Inspection): Promise<void>;
  readStoredInspection(): Promise<Inspection | null>;
  /** Like readStoredInspection, with the reason a stored inspection could not be used (additive). */
  readStoredInspectionDetailed?(): Promise<StoredInspectionRead>;
  /** Highlights (or clears the highlight on) the response controls with these tags; changes no text. */
  highlight(tags: string[], on: boolean): Promise<void>;
  /** Appends a table (header row first) at the end of the document. */
  appendTable(title: string, rows: string[][]): Promise<void>;
  /** Calls back (debounced by the caller) when the document content changes, where the host supports it. Returns an unsubscribe. */
  onDocumentChanged(callback: () => void): () => void;
}
