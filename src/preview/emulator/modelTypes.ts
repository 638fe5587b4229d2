/**
 * The document model behind the Word host emulator: plain nodes the dispatcher edits and the
 * preview page renders. Blocks live in containers (a story, a content control, a table cell).
 */

export type StoryType = "MainDoc" | "Header" | "Footer" | "Footnote";

export interface ParagraphNode {
  kind: "paragraph";
  /** Stable id ("p1", "p2"…): the preview page maps DOM elements to paragraphs with it. */
  id: string;
  text: string;
  /** Style name as Word shows it ("Heading 2"). */
  style: string;
  /** Present when the paragraph is a list item. */
  list?: { level: number; listString: string };
}

export type ContentControlType = "RichText" | "PlainText" | "CheckBox" | "DropDownList" | "ComboBox" | "Picture";
export type ContentControlAppearance = "BoundingBox" | "Tags" | "Hidden";

export interface ControlNode {
  kind: "control";
  /** Word's integer id (ContentControl.id). */
  id: number;
  type: ContentControlType;
  tag: string;
  title: string;
  appearance: ContentControlAppearance;
  color: string;
  placeholderText: string;
  cannotEdit: boolean;
  cannotDelete: boolean;
  removeWhenEdited: boolean;
  /** Font properties set through `cc.font` (bold, highlightColor…); rendering hints only. */
  font: Record<string, unknown>;
  /** A block-level control always holds at least one block. */
  children: BlockNode[];
  /** Set while a tracked insertion or deletion of the control is pending (WORD-SEMANTICS 55). */
  changeTrackingState?: "Added" | "Deleted";
}

export interface TableCellNode {
  kind: "cell";
  id: string;
  children: BlockNode[];
}

export interface TableRowNode {
  kind: "row";
  id: string;
  cells: TableCellNode[];
}

export interface TableNode {
  kind: "table";
  id: string;
  style: string;
  headerRowCount: number;
  rows: TableRowNode[];
  /** Column widths in points, where the add-in set them (TableCell.columnWidth); absent: Word's even split. */
  columnWidths?: number[];
}

export type BlockNode = ParagraphNode | ControlNode | TableNode;

export interface StoryNode {
  kind: "story";
  type: StoryType;
  children: BlockNode[];
}

/** Anything that holds blocks. */
export type ContainerNode = StoryNode | ControlNode | TableCellNode;

/** Where a range sits relative to a node (Word.RangeLocation). */
export type RangePart = "Whole" | "Content" | "Start" | "End" | "Before" | "After";

/**
 * A place in the document: a node (or a part of it), a span of text in one paragraph, or a
 * run of blocks (from `expandTo`). The selection is one of these too.
 */
export type RangeRef =
  | {
      kind: "node";
      node: ParagraphNode | ControlNode | TableNode | StoryNode;
      part: RangePart;
      /**
       * WORD-SEMANTICS 63: a control's getRange("Whole") takes the paragraph mark after it; set
       * when that mark belongs to another control or a table, or the control ends its container,
       * so wrapping the range in a control fails.
       */
      nextMarkBlocked?: boolean;
    }
  | { kind: "text"; para: ParagraphNode; start: number; end: number }
  | { kind: "span"; from: BlockNode; to: BlockNode };

export interface CustomXmlPartRecord {
  /** "{GUID}" as Word generates it. */
  id: string;
  /** From the root element's xmlns attribute; "" when it has none (WORD-SEMANTICS 46). */
  namespaceUri: string;
  xml: string;
}

/**
 * A pending tracked change (WORD-SEMANTICS 53–55): a span of one paragraph's text, the whole
 * paragraph (its mark included), or a whole control. Text stays in the paragraph until accepted.
 */
export interface TrackedChangeRecord {
  id: number;
  type: "Added" | "Deleted";
  author: string;
  /** ISO date-time. */
  date: string;
  para: ParagraphNode;
  start: number;
  end: number;
  wholeParagraph: boolean;
  /** A tracked deletion or insertion of this control and everything in it. */
  control?: ControlNode;
}

export type ChangeTrackingMode = "Off" | "TrackAll" | "TrackMineOnly";

export type ModelChangeKind = "content" | "selection" | "customXml" | "settings" | "load";

export interface ModelChange {
  kind: ModelChangeKind;
  /** "api" when an add-in batch caused it, "user" for the preview page's edits, "test" for load(). */
  source: "api" | "user" | "test";
}

/** What the preview page iterates to render the document. */
export interface BlockView {
  node: BlockNode;
  /** Nesting depth in controls/cells (0 at story level). */
  depth: number;
  /** The controls around this block, outermost first. */
  controls: ControlNode[];
  /** Set when the block is inside a table cell. */
  inTable: boolean;
}
