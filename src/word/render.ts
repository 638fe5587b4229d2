/**
 * Queues the Word commands that render plan nodes. Nothing here syncs: the caller queues a whole
 * plan, then makes the one sync of the insert (ARCHITECTURE.md "Word API discipline").
 *
 * Works on WordApi 1.1: a control is made by inserting its first paragraph and wrapping it with
 * insertContentControl(); its other children go in with cc.insertParagraph(text, "End"), which
 * lands inside the control, after anything already there (WORD-SEMANTICS 18, 22). A nested control
 * is a paragraph inserted that way and wrapped in turn.
 */
import type { BuiltInStyle, PlanControl, PlanNode } from "../domain/plan";
import { parseTag } from "../domain/tags";

/** Creates one paragraph with this text at some place in the document and returns it. */
export type Place = (text: string) => Word.Paragraph;

/** Colour our controls get, so a highlight can always be undone to it. */
export const CONTROL_COLOR = "#2B579A";
export const HIGHLIGHT_COLOR = "#C50F1F";

/** Word's English names of the built-in styles, for hosts without styleBuiltIn (WordApi 1.1/1.2). */
const ENGLISH_STYLE_NAMES: Record<BuiltInStyle, string> = {
  Normal: "Normal",
  Title: "Title",
  Subtitle: "Subtitle",
  Heading1: "Heading 1",
  Heading2: "Heading 2",
  Heading3: "Heading 3",
  ListParagraph: "List Paragraph",
  ListNumber: "List Number",
  ListBullet: "List Bullet",
  Quote: "Quote",
  IntenseQuote: "Intense Quote",
};

/** Word shows only 64 characters of a title (WORD-SEMANTICS 31). */
export const MAX_TITLE = 64;

export function fitTitle(title: string): string {
  return title.length <= MAX_TITLE ? title : `${title.slice(0, MAX_TITLE - 1)}…`;
}

/** One plan paragraph is one Word paragraph: line breaks would split it, control characters are not text. */
export function paragraphText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\r\n|[\r\n\v\f\u2028\u2029]/g, " ").replace(/[\u0000-\u0008\u000e-\u001f\u007f]/g, "");
}

/** A control meant for typing (a response, or anything with placeholder text) must never be locked. */
export function hasTypingArea(node: PlanNode): boolean {
  if (node.kind === "paragraph") return false;
  if (node.placeholderText !== undefined || parseTag(node.tag)?.kind === "response") return true;
  return node.children.some(hasTypingArea);
}

export interface RenderOptions {
  /** WordApi 1.3: styleBuiltIn (locale-proof) rather than the English style name, and getRange. */
  wordApi13: boolean;
}

export class PlanRenderer {
  /** Locks are queued after all text, so no insert lands inside a control already locked (WORD-SEMANTICS 30). */
  private readonly locks: Array<() => void> = [];
  readonly controls: Array<{ tag: string; control: Word.ContentControl }> = [];

  constructor(
    private readonly context: Word.RequestContext,
    private readonly options: RenderOptions,
  ) {}

  /** Renders nodes one after another: the first at `first`, each next one right after the previous. */
  renderSequence(nodes: PlanNode[], first: Place): Place {
    let place = first;
    for (const node of nodes) place = this.renderNode(node, place);
    return place;
  }

  /** Renders one node at `place`; returns the place just after it, outside it. */
  renderNode(node: PlanNode, place: Place): Place {
    if (node.kind === "paragraph") {
      const paragraph = place(paragraphText(node.text));
      this.applyStyle(paragraph, node.style);
      return (text) => paragraph.insertParagraph(text, "After");
    }
    const control = this.renderControl(node, place);
    // "After" on a control lands outside it (WORD-SEMANTICS 18, 22).
    return (text) => control.insertParagraph(text, "After");
  }

  /** Queues the locks the plan asked for. Call once, after every node is rendered. */
  finish(): void {
    for (const lock of this.locks) lock();
    this.locks.length = 0;
  }

  private renderControl(node: PlanControl, place: Place): Word.ContentControl {
    const [first, ...rest] = node.children;
    let control: Word.ContentControl;
    let remaining: PlanNode[];
    if (!first || first.kind === "paragraph") {
      // A control without children still needs a paragraph to wrap: an empty one shows the placeholder.
      const paragraph = place(first ? paragraphText(first.text) : "");
      this.applyStyle(paragraph, first ? first.style : "Normal");
      control = paragraph.insertContentControl();
      remaining = rest;
    } else {
      // The first child is itself a control: build it, then wrap its whole range in this one.
      const inner = this.renderControl(first, place);
      control = this.wrapWhole(inner);
      remaining = rest;
    }
    this.configure(control, node);
    const inside: Place = (text) => control.insertParagraph(text, "End");
    for (const child of remaining) this.renderNode(child, inside);
    return control;
  }

  /**
   * Wraps a whole control (its tags included) in a new one. WordApi 1.1 has no getRange, but
   * selecting a control selects all of it (WORD-SEMANTICS 39), and the selection is a range.
   */
  private wrapWhole(inner: Word.ContentControl): Word.ContentControl {
    if (this.options.wordApi13) return inner.getRange("Whole").insertContentControl();
    inner.select("Select");
    return this.context.document.getSelection().insertContentControl();
  }

  private configure(control: Word.ContentControl, node: PlanControl): void {
    control.tag = node.tag;
    control.title = fitTitle(node.title);
    if (node.placeholderText !== undefined) control.placeholderText = node.placeholderText;
    control.appearance = "BoundingBox";
    control.color = CONTROL_COLOR;
    this.controls.push({ tag: node.tag, control });
    // Never cannotDelete together with removeWhenEdited (WORD-SEMANTICS 29): we never set the latter.
    if (node.cannotDelete) this.locks.push(() => (control.cannotDelete = true));
    if (node.cannotEdit && !hasTypingArea(node)) this.locks.push(() => (control.cannotEdit = true));
  }

  private applyStyle(paragraph: Word.Paragraph, style: BuiltInStyle): void {
    if (this.options.wordApi13) paragraph.styleBuiltIn = style as Word.BuiltInStyleName;
    else paragraph.style = ENGLISH_STYLE_NAMES[style];
  }
}
