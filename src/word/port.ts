/**
 * What the task pane may ask of Word. The task pane depends on this interface only; the Office
 * implementation lives beside it in src/word and is the only code that touches Office.js.
 * Every method is one user action: one Word.run, a fixed number of syncs. Results are facts; the
 * pane words them for the user, once (src/taskpane/actions/insertOutcome.ts).
 */
import type { Inspection } from "../domain/catalog/types";
import type { Plan, PlanControl } from "../domain/plan";
import type { DocumentSnapshot } from "../domain/snapshot";
import type { FieldUpdate } from "../domain/fields";
import type { NameUpdate } from "../domain/names";

/** Names to update: the tags of the controls that hold them (from the pane's read) and what changes. */
export interface NamesToUpdate {
  tags: string[];
  update: NameUpdate;
  /** Answers still as the add-in inserted them, by tag: updated only while their text is still this. */
  answers?: Record<string, string>;
}

export interface FieldsUpdated {
  /** Fields and names replaced. */
  updated: number;
  /** Paragraphs left as they were because Word found the names other than the pane read them. */
  skipped: number;
}

export type HostPlatform = "windows" | "mac" | "web" | "other";

export interface HostCapabilities {
  /** Highest WordApi version the host reports (e.g. "1.3"); "1.1" at least, since the manifest requires it. */
  wordApi: string;
  /** WordApi 1.4: custom XML parts and document settings in the Word API. */
  customXml: boolean;
  /** WordApi 1.3: getFirstOrNullObject, parentContentControlOrNullObject, styleBuiltIn, tables… */
  wordApi13: boolean;
  /** Where Word runs: Word on the web refuses some content-control edits (WORD-SEMANTICS 66). */
  platform: HostPlatform;
}

export type InsertWhere = "cursor" | "end";

/** Why content went to the end of the document rather than where the cursor was. */
export type EndReason = "requested" | "old-word" | "cursor-in-header" | "cursor-in-control" | "cursor-in-table";

/** Where an insert put its content. */
export type Placement =
  | { at: "cursor" }
  | { at: "end"; reason: EndReason }
  /** Right after the section the cursor was in (its tag). */
  | { at: "after-section"; sectionTag: string }
  /** Missing sections, each next to its neighbours in recommendation order (`atEnd` of them had none and went to the end). */
  | { at: "neighbours"; atEnd: number }
  /** Approved wording inside the response the cursor was in (or the one asked for). */
  | { at: "in-response"; responseTag: string }
  /** Wording that could not go at the cursor: nothing was inserted; `nearest` is where it may go instead (the pane asks). */
  | { at: "refused"; reason: WordingRefusal; nearest: WordingTarget };

/** Why wording cannot go where the cursor is. */
export type WordingRefusal =
  /** Text the add-in locked (a recommendation's text). */
  | "locked-text"
  /** One of our sections, outside its response (its heading). */
  | "in-section"
  | "cursor-in-header"
  | "cursor-in-table"
  /** Someone else's content control. */
  | "cursor-in-control"
  /** Word without WordApi 1.3 cannot say where the cursor is. */
  | "old-word";

/** A place wording may be put when it cannot go at the cursor. */
export type WordingTarget =
  /** Inside this response: taking the place of its empty starter paragraph, or after what it holds. */
  | { at: "response"; responseTag: string }
  /** Right after this (top-level) section. */
  | { at: "after-section"; sectionTag: string }
  | { at: "end" };

/** Something Word built differently from the plan (checked in the insert's own round trip). */
export interface BuildProblem {
  /** The tag of the control that came out wrong (a section, response, block…). */
  tag: string;
  kind: "missing" | "wrong-tag" | "wrong-parent" | "wrong-text" | "inside-other-control";
}

/** What the insert made, so it can be removed in one action (Undo cannot be relied on, WORD-SEMANTICS 70). */
export interface InsertReceipt {
  /** Word ids of the top-level controls the insert made. */
  controlIds: number[];
  /** Word ids of every control it made (to unlock before removing). */
  allControlIds: number[];
  /**
   * The paragraph texts of each top-level control (as `controlIds`) as Word read them back right
   * after the insert: removal refuses when they have changed, so nothing typed since is lost.
   */
  texts?: string[][];
  /**
   * Blocks of wording that took the place of an empty paragraph of a response (wrapping it; an
   * empty response's starter paragraph, which then holds only them): removal empties and unwraps
   * them rather than deleting them, so that paragraph is back, and with it the response, which
   * Word would delete with its only child (WORD-SEMANTICS 65).
   */
  fills?: number[];
}

export type StoredResult = "custom-xml" | "settings" | "not-asked" | { failed: string };

export interface InsertOutcome {
  placement: Placement;
  /** Section tags inserted. */
  inserted: string[];
  /** Section tags left alone because the document already had them. */
  skipped: string[];
  /** Blocks other than sections (opening, closing, wording…) inserted. */
  blocks: number;
  /** True when what Word built was read back and matched the plan. */
  verified: boolean;
  problems: BuildProblem[];
  /** Null when nothing was inserted. */
  receipt: InsertReceipt | null;
  /** Whether the inspection was stored in the document in the same action. */
  stored: StoredResult;
}

/** What is left in the document after an insert failed part-way. */
export type FailureCleanup =
  /** Word refused before changing anything, or the add-in removed everything it had added. */
  | { state: "unchanged" }
  /** Everything was removed; Word stopped while starting, so one empty paragraph may be left at the insertion point. */
  | { state: "empty-paragraph-left" }
  /** The clean-up could not remove these (their titles). */
  | { state: "left-behind"; titles: string[] }
  /** Word is tracking changes (and cannot say so below WordApi 1.4): what was added is marked as deleted, not gone. */
  | { state: "left-tracked"; titles: string[] };

/**
 * What a read covers: the whole document (paragraphs and controls), or only the add-in's own
 * controls — a re-check of a document drafted with the add-in, at a cost that does not grow with
 * the rest of the document (issue 12).
 */
export type SnapshotScope = "document" | "sections";

/** One block of approved wording in the open document, as the snapshot read it, to update. */
export interface WordingBlockRef {
  /** Word's id of its content control. */
  id: number;
  /** The tag it carries now: a control with this id but another tag is not touched. */
  tag: string;
  /** The style of its paragraphs as the snapshot read it ("Normal", "Heading 2", a custom style), kept for the new text. */
  style?: string;
}

/** What updating a block of wording did (one sync). */
export interface WordingReplaced {
  /** The block's paragraphs just before they were replaced, as Word read them in the same batch. */
  before: string[];
  /** True when the block read back with the new text and tag. */
  verified: boolean;
  problems: BuildProblem[];
}

/** What "Remove what was just inserted" did. */
export interface Removal {
  /** Top-level blocks deleted. */
  removed: number;
  /** Of those, how many Word kept as tracked deletions (Track Changes on, Word without WordApi 1.4). */
  tracked: number;
}

/** A table the add-in keeps up to date in its own tagged control. */
export interface TableSpec {
  tag: string;
  title: string;
  /** Header row first. */
  rows: string[][];
  /** Column widths in points (WordApi 1.3 and later). */
  widths?: number[];
  /** Tag prefix of the sections a new table follows (e.g. "ird:section:<inspectionId>:"). */
  afterSectionsOf: string;
}

/** What putTable did, and where the table is. */
export interface TablePut {
  done: "added" | "updated";
  /** For "added": right after the last section, at the cursor, or at the end (no section and no usable cursor). */
  at?: "after-sections" | "cursor" | "end";
}

/** What the user was doing when Word failed; the pane words each (src/taskpane/actions/wordFailures.ts). */
export type WordAction =
  | "insert-sections"
  | "insert-missing"
  | "insert-wording"
  | "remove-inserted"
  | "read-document"
  | "go-to-section"
  | "go-to-paragraph"
  | "highlight"
  | "clear-highlight"
  | "add-table"
  | "store-inspection"
  | "read-stored-inspection"
  | "check-blank"
  | "remove-check-section"
  | "remove-section"
  | "update-table"
  | "update-wording"
  | "update-fields";

/** Why an action failed, as facts; the pane says it in words, once. */
export type WordFailure =
  /** Word refused or failed (its `code`); `writing`: the action changes the document. */
  | { kind: "word"; action: WordAction; writing: boolean }
  /** Word built something other than planned (a read-back of a nested control's parent failed). */
  | { kind: "built-otherwise"; action: WordAction }
  /** This Word lacks the WordApi `version` the action needs. */
  | { kind: "unsupported"; action: WordAction; version: string }
  | { kind: "no-recommendations" }
  | { kind: "section-missing" }
  | { kind: "paragraph-missing" }
  /** "Check this copy of Word" runs only in a new blank document. */
  | { kind: "not-blank" }
  /** "Remove what was just inserted" found it changed since (typed into, or partly deleted): nothing was removed. */
  | { kind: "changed-since-insert" }
  /** Word without WordApi 1.4: Office's settings bag is not there, or saving it failed (`detail`: Office's message). */
  | { kind: "settings-save"; available: boolean; detail?: string };

/** A failure the user must see. `code` is Word's error code where there was one, else one of ours. */
export class WordActionError extends Error {
  constructor(
    readonly failure: WordFailure,
    readonly code: string,
    override readonly cause?: unknown,
    /** For inserts: what the document holds after the failure. */
    readonly cleanup?: FailureCleanup,
  ) {
    // For logs and developers only: the pane never shows `message`.
    super(`${failure.kind}${"action" in failure ? ` (${failure.action})` : ""}: ${code}`);
    this.name = "WordActionError";
  }
}

/** The stored inspection with where it came from and, when it could not be used, why. */
export interface StoredInspectionRead {
  inspection: Inspection | null;
  /** Plain words: why a stored inspection was found but not usable (tampered, damaged, other format). */
  problem?: string;
  /** "customXml" (WordApi 1.4), "settings" (older Word), or "none" when nothing was stored. */
  source: "customXml" | "settings" | "none";
}

/** One house style in "Check this copy of Word". */
export interface SelfCheckLine {
  name: string;
  passed: boolean;
  /** Sections built (and removed again). */
  built: number;
  /** What came out wrong, as the insert's own read-back found it. */
  problems: BuildProblem[];
  /** The document was not blank again after the removal. */
  leftSomething: boolean;
  /** Word's failure, when the insert or the removal failed. */
  error?: WordActionError;
}

/** The result of "Check this copy of Word": one line per built-in style. */
export interface SelfCheckResult {
  passed: boolean;
  lines: SelfCheckLine[];
}

export interface WordPort {
  capabilities(): HostCapabilities;
  /**
   * Inserts the whole plan at the cursor (or at the end, see InsertOutcome.placement), and stores
   * `inspection` in the document in the same action when given.
   */
  insertPlan(plan: Plan, where: InsertWhere, inspection?: Inspection): Promise<InsertOutcome>;
  /** Inserts only the plan's sections that the document lacks, each in recommendation order. */
  insertMissing(plan: Plan, inspection?: Inspection): Promise<InsertOutcome>;
  /**
   * Inserts one block of approved wording at the cursor (inside a response when the cursor is in
   * one), or at `target` (a place an earlier refusal offered). Where it cannot go at the cursor,
   * nothing is inserted and the outcome says why and where it may go (placement "refused").
   */
  insertWording(control: PlanControl, target?: WordingTarget): Promise<InsertOutcome>;
  /**
   * Replaces the text of one block of approved wording with a newer version (`control`: its tag,
   * title and paragraphs), in one sync; nothing around the block changes.
   */
  replaceWording(block: WordingBlockRef, control: PlanControl): Promise<WordingReplaced>;
  /** Selects one block of wording (found by tag and id, so the right one of two copies) and scrolls to it. */
  selectWording(block: WordingBlockRef): Promise<void>;
  /** Removes what an insert made (its receipt): how many top-level blocks went, and how many Word kept as tracked deletions. */
  removeInserted(receipt: InsertReceipt): Promise<Removal>;
  /** Reads paragraphs and tagged controls, in at most 2 syncs (not the stored inspection). */
  readSnapshot(scope?: SnapshotScope): Promise<DocumentSnapshot>;
  /** Selects and scrolls to the control with this tag, or puts the cursor at its start. */
  selectTag(tag: string, where?: "whole" | "start"): Promise<void>;
  /** Selects and scrolls to the paragraph at this index of the snapshot's paragraphs. */
  selectParagraph(index: number): Promise<void>;
  /** Stores the inspection in the document (custom XML part, or settings where 1.4 is missing). */
  storeInspection(inspection: Inspection): Promise<void>;
  /** The stored inspection, with the reason when one was found but could not be used. */
  readStoredInspection(): Promise<StoredInspectionRead>;
  /** Highlights (or clears the highlight on) the response controls with these tags; changes no text. */
  highlight(tags: string[], on: boolean): Promise<void>;
  /** Appends a table (header row first) at the end of the document. */
  appendTable(title: string, rows: string[][]): Promise<void>;
  /**
   * A table in its own tagged control (the coverage table): its contents replaced in place when the
   * document has that control ("updated"), else a new one right after the last section whose tag
   * starts with `afterSectionsOf` (so never after the signature), or at the cursor when there is none.
   */
  putTable(table: TableSpec): Promise<TablePut>;
  /** "Remove section": unlocks and removes the one section with this tag, typed text and all (tracked when Track Changes is on). */
  removeSection(tag: string): Promise<Removal>;
  /**
   * Replaces the text of the field controls with these tags (every control with the tag) and, in
   * the controls tagged `names.tags`, the old names `names.update` lists, nothing else: how many it
   * changed, and how many paragraphs it left because Word found the names other than expected.
   */
  updateFields(updates: FieldUpdate[], names?: NamesToUpdate): Promise<FieldsUpdated>;
  /** In a new blank document only: builds one section of each built-in style, checks it, removes it. */
  checkThisWord(plans: Array<{ name: string; plan: Plan }>): Promise<SelfCheckResult>;
  /** Calls back (debounced by the caller) when the document content changes, where the host supports it. Returns an unsubscribe. */
  onDocumentChanged(callback: () => void): () => void;
}
