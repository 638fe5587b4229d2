/**
 * A host-neutral description of what to insert: compose produces it, src/word renders it.
 * Plain data, so compose is tested without Word.
 */

/** Word built-in paragraph styles we use (rendered with `styleBuiltIn`, never inline formatting). */
export type BuiltInStyle =
  | "Normal"
  | "Title"
  | "Subtitle"
  | "Heading1"
  | "Heading2"
  | "Heading3"
  | "ListParagraph"
  | "ListNumber"
  | "ListBullet"
  | "Quote"
  | "IntenseQuote";

export interface PlanParagraph {
  kind: "paragraph";
  text: string;
  style: BuiltInStyle;
}

/** A rich-text content control around one or more paragraphs (or nested controls). */
export interface PlanControl {
  kind: "control";
  /** See src/domain/tags.ts. */
  tag: string;
  /** Shown on the control in Word; at most 64 characters (WORD-SEMANTICS 31). */
  title: string;
  /** Shown while the control is empty. */
  placeholderText?: string;
  /** Protect recommendation text from accidental edits (cannotEdit), where the host allows. */
  cannotEdit?: boolean;
  cannotDelete?: boolean;
  children: PlanNode[];
}

export type PlanNode = PlanParagraph | PlanControl;

export interface Plan {
  inspectionId: string;
  /** Top-level nodes in document order. */
  nodes: PlanNode[];
}
