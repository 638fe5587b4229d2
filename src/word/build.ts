/**
 * The section builder: queues the Word commands that build plan controls, and nothing else (the
 * caller syncs once). Why it is built this way: src/word/README.md. In short, it uses only
 * behaviours Word documents for every platform and version from WordApi 1.1:
 *
 * - a control is made by wrapping ONE plain paragraph (`Paragraph.insertContentControl`), never a
 *   "Whole" range of another control (WORD-SEMANTICS 63) and never through `select()` (69);
 * - a control grows with `insertParagraph(x, "End")` only while its last child is a plain paragraph
 *   made here: all of its children's first paragraphs go in before any of them is wrapped, so "End"
 *   never meets a nested control (64);
 * - no control ever holds only another control (65);
 * - every run of top-level blocks starts as one empty paragraph wrapped at once in a control
 *   marked with a pending tag: the block itself, or, for several blocks, a temporary wrapper that
 *   keeps that plain paragraph last while each block goes in "Start" of it or "Before" the
 *   paragraph, the last block being built on the paragraph itself. The wrapper is unwrapped
 *   (`delete(true)`, 36) at the end of the batch. If Word fails part-way, everything made so far is
 *   inside controls this insert created, so the clean-up can remove it (cleanup.ts);
 * - locks, then tags, are set after all text: no insert lands in a locked control (30), and a
 *   section carries its tag only once it is complete;
 * - `placeholderText` is not set on Word on the web, which refuses it (66).
 */
import type { BuiltInStyle, PlanControl, PlanNode } from "../domain/plan";
import { CONTROL_COLOR, ENGLISH_STYLE_NAMES, fitTitle, hasTypingArea, paragraphText, placeholderText, type Place } from "./render";

/** Tags that mark what an insert is still building (never left in a finished document). */
export const PENDING_PREFIX = "ird:pending:";

export function pendingTag(nonce: string, group: number): string {
  return `${PENDING_PREFIX}${nonce}:${group}`;
}

export interface BuildOptions {
  /** WordApi 1.3: styleBuiltIn (locale-proof) rather than the English style name. */
  wordApi13: boolean;
  /** False on Word on the web, which refuses placeholderText (WORD-SEMANTICS 66). */
  placeholders: boolean;
}

/** A control this batch made, with what the plan says it should be (for verification). */
export interface BuiltControl {
  node: PlanControl;
  control: Word.ContentControl;
  /** Tag of the plan parent, or the group's pending tag for a top-level block built in a wrapper, or null. */
  expectedParentTag: string | null;
}

/** One run of top-level blocks built at one place. */
export interface BuiltGroup {
  /** The outermost control this group made: the wrapper, or the only block. */
  container: Word.ContentControl;
  /** The tag the container carries until the end of the batch. */
  pendingTag: string;
  /** The block the container is, when there is no wrapper. */
  single: PlanControl | null;
  /** The group's plain paragraph (see openGroup). */
  tail: Word.Paragraph;
  nodes: PlanControl[];
  /** A style every paragraph of the group takes instead of the plan's (wording joining a response takes the response's). */
  style?: GroupStyle;
}

/** A paragraph style as Word read it: the built-in style ("Other" for a custom one) and its name. */
export interface GroupStyle {
  builtIn: string;
  name: string;
}

/** The first paragraph a node starts with (an empty Normal one for a control without paragraphs). */
function firstParagraph(node: PlanNode): { text: string; style: BuiltInStyle } {
  if (node.kind === "paragraph") return { text: node.text, style: node.style };
  const [first] = node.children;
  return first ? firstParagraph(first) : { text: "", style: "Normal" };
}

/** Every paragraph a node holds, in order, as Word will read it back, with the placeholder of the control it is directly in. */
export function planParagraphs(node: PlanNode, placeholder?: string): Array<{ text: string; placeholder?: string }> {
  if (node.kind === "paragraph") return [{ text: paragraphText(node.text), placeholder }];
  const own = node.placeholderText === undefined ? undefined : placeholderText(node.placeholderText);
  return node.children.length === 0 ? [{ text: "", placeholder: own }] : node.children.flatMap((c) => planParagraphs(c, own));
}

/** Refuses, before Word is touched, a plan whose shape Word cannot build safely (WORD-SEMANTICS 65). */
export function assertBuildable(node: PlanNode): void {
  if (node.kind === "paragraph") return;
  if (node.children.length === 1 && node.children[0].kind === "control")
    throw new Error(`The block “${node.title}” holds only another block, which Word may delete with it (WORD-SEMANTICS 65).`);
  node.children.forEach(assertBuildable);
}

export class SectionBuilder {
  readonly built: BuiltControl[] = [];
  readonly groups: BuiltGroup[] = [];
  private readonly locks: Array<() => void> = [];
  private readonly tags: Array<() => void> = [];
  private readonly wrappers: Word.ContentControl[] = [];
  /** The style of the group being built, when it has one of its own. */
  private groupStyle: GroupStyle | undefined;

  constructor(private readonly options: BuildOptions) {}

  /**
   * Opens a group at `seedAt`: an empty paragraph wrapped at once in the group's outermost control
   * (the wrapper, or the only block), marked with `pendingTag`. Open every group before filling
   * any, so a failure can leave at most one empty paragraph outside a control this insert made.
   */
  openGroup(nodes: PlanControl[], seedAt: Place, pendingTag: string, style?: GroupStyle): BuiltGroup {
    nodes.forEach(assertBuildable);
    this.groupStyle = style;
    const tail = seedAt("");
    // Wrapped and marked straight away: no other action comes between, so a failure leaves at
    // most this one empty paragraph outside our controls (cleanup.ts).
    const container = tail.insertContentControl();
    container.tag = pendingTag;
    this.applyStyle(tail, "Normal");
    const single = nodes.length === 1 ? nodes[0] : null;
    if (!single) {
      container.title = "Inserting…";
      container.appearance = "Hidden";
      this.wrappers.push(container);
    }
    const group: BuiltGroup = { container, pendingTag, single, tail, nodes, ...(style ? { style } : {}) };
    this.groups.push(group);
    this.groupStyle = undefined;
    return group;
  }

  /** Builds the group's blocks, in order, inside its outermost control. */
  fillGroup(group: BuiltGroup): void {
    this.groupStyle = group.style;
    try {
      this.fillGroupStyled(group);
    } finally {
      this.groupStyle = undefined;
    }
  }

  private fillGroupStyled(group: BuiltGroup): void {
    const { tail, container, nodes } = group;
    // The last block is built on the tail paragraph itself, so nothing stray is left.
    const onTail: Place = (text) => {
      if (text !== "") tail.insertText(text, "Start");
      return tail;
    };
    if (group.single) {
      const seed = firstParagraph(group.single);
      onTail(paragraphText(seed.text));
      this.applyStyle(tail, seed.style);
      this.configure(container, group.single, null, false);
      // Until the batch ends the block carries the pending tag, so its children's parent reads as that.
      this.fill(group.single, container, tail, group.pendingTag);
      return;
    }
    // The wrapper keeps `tail` (a plain paragraph) last while blocks go in before it.
    nodes.forEach((node, i) => {
      const place: Place =
        i === 0 ? (text) => container.insertParagraph(text, "Start") : i < nodes.length - 1 ? (text) => tail.insertParagraph(text, "Before") : onTail;
      this.buildControl(node, place, group.pendingTag);
    });
  }

  /**
   * Queues locks, then tags. Call once after every group is built, and before queuing the reads
   * that verify the result; then call `unwrap`.
   */
  lockAndTag(): void {
    for (const lock of this.locks) lock();
    for (const tag of this.tags) tag();
    this.locks.length = 0;
    this.tags.length = 0;
  }

  /** Gives single blocks their own tag and removes the wrappers, keeping their content (WORD-SEMANTICS 36). Last in the batch. */
  unwrap(): void {
    for (const group of this.groups) if (group.single) group.container.tag = group.single.tag;
    for (const wrapper of this.wrappers) wrapper.delete(true);
  }

  private buildControl(node: PlanControl, seedAt: Place, parentTag: string): void {
    const seed = firstParagraph(node);
    const paragraph = seedAt(paragraphText(seed.text));
    this.applyStyle(paragraph, seed.style);
    const control = paragraph.insertContentControl();
    this.configure(control, node, parentTag, true);
    this.fill(node, control, paragraph);
  }

  /** Fills a control whose first paragraph (`first`) is already in it; `ownTag` is the tag it carries when verified. */
  private fill(node: PlanControl, control: Word.ContentControl, first: Word.Paragraph, ownTag = node.tag): void {
    // First the first paragraph of every child, while the control's last child is a plain paragraph (64)…
    const seeds = node.children.map((child, i) => {
      if (i === 0) return first;
      const start = firstParagraph(child);
      const paragraph = control.insertParagraph(paragraphText(start.text), "End");
      this.applyStyle(paragraph, start.style);
      return paragraph;
    });
    // …then each nested control is wrapped around its first paragraph and grown the same way.
    node.children.forEach((child, i) => {
      if (child.kind !== "control") return;
      const inner = seeds[i].insertContentControl();
      this.configure(inner, child, ownTag, true);
      this.fill(child, inner, seeds[i]);
    });
  }

  private configure(control: Word.ContentControl, node: PlanControl, parentTag: string | null, tagLater: boolean): void {
    control.title = fitTitle(node.title);
    if (node.placeholderText !== undefined && this.options.placeholders) control.placeholderText = placeholderText(node.placeholderText);
    control.appearance = "BoundingBox";
    control.color = CONTROL_COLOR;
    this.built.push({ node, control, expectedParentTag: parentTag });
    if (tagLater) this.tags.push(() => (control.tag = node.tag));
    // Never cannotDelete together with removeWhenEdited (WORD-SEMANTICS 29): we never set the latter.
    if (node.cannotDelete) this.locks.push(() => (control.cannotDelete = true));
    if (node.cannotEdit && !hasTypingArea(node)) this.locks.push(() => (control.cannotEdit = true));
  }

  private applyStyle(paragraph: Word.Paragraph, style: BuiltInStyle): void {
    const own = this.groupStyle;
    if (own) {
      // As Word read it: a built-in by styleBuiltIn (the same in every language), a custom one by name.
      if (this.options.wordApi13 && own.builtIn !== "" && own.builtIn !== "Other") paragraph.styleBuiltIn = own.builtIn as Word.BuiltInStyleName;
      else paragraph.style = own.name;
      return;
    }
    if (this.options.wordApi13) paragraph.styleBuiltIn = style as Word.BuiltInStyleName;
    else paragraph.style = ENGLISH_STYLE_NAMES[style];
  }
}
