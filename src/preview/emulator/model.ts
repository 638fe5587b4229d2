/**
 * The Word document the emulator serves: body, optional header/footnote stories, content
 * controls, tables, a selection, custom XML parts and both settings stores. The dispatcher edits
 * it for add-in batches; the preview page reads it (view()) and edits it as a user would.
 */
import { buildStory, rootNamespace, type DocSpec } from "./modelSpec";
import { defaultSelection, describeSelection, resolveSelectionSpec, type SelectionLogEntry } from "./modelSelection";
import { TreeIndex, paragraphsIn, controlsIn, blocksText, ensureNotEmpty, storyView, type TextOptions } from "./modelTree";
import type {
  BlockNode,
  BlockView,
  ChangeTrackingMode,
  ContainerNode,
  ControlNode,
  CustomXmlPartRecord,
  ModelChange,
  ModelChangeKind,
  ParagraphNode,
  RangeRef,
  StoryNode,
  TableNode,
  TrackedChangeRecord,
} from "./modelTypes";
import type { WordHostOptions } from "./options";

export { rootNamespace } from "./modelSpec";
export type { SelectionLogEntry } from "./modelSelection";

/** The host options the model itself applies (the host hands its live options object over). */
export type ModelPolicy = Pick<WordHostOptions, "orphanParentDeletion">;

export type ModelListener = (change: ModelChange) => void;

export class WordDocumentModel {
  body!: StoryNode;
  header!: StoryNode;
  footer!: StoryNode;
  footnotes!: StoryNode;
  selection!: RangeRef;
  customXmlParts: CustomXmlPartRecord[] = [];
  /** Word.SettingCollection (document.settings), values as JSON text (WORD-SEMANTICS 50). */
  wordSettings = new Map<string, string>();
  /** What Office.context.document.settings last saved (WORD-SEMANTICS 51); kept apart (52). */
  officeSettings: Record<string, unknown> = {};
  changeTrackingMode: ChangeTrackingMode = "Off";
  /** Pending tracked changes, in the order made (WORD-SEMANTICS 53–55; see tracking.ts). */
  trackedChanges: TrackedChangeRecord[] = [];
  /** Text ranges the add-in still holds: edits shift them, as Word's ranges move with the text. */
  liveTextRanges = new Set<Extract<RangeRef, { kind: "text" }>>();
  /** Options the model applies itself; installWordHost passes its live options. */
  policy: ModelPolicy = { orphanParentDeletion: true };
  /** Every selection change, in order (WORD-SEMANTICS 69); host.reset() empties it before loading. */
  selectionLog: SelectionLogEntry[] = [];
  private loggedSelection?: RangeRef;

  private nextParagraph = 1;
  private nextControl = 1;
  private nextOther = 1;
  private index?: TreeIndex;
  private listeners = new Set<ModelListener>();

  constructor(spec?: DocSpec) {
    this.load(spec ?? {});
  }

  /** Replaces the whole document from a small spec (see modelSpec.ts). */
  load(spec: DocSpec): void {
    const ids = { paragraph: () => this.paragraphId(), control: () => this.controlId(), other: () => this.otherId() };
    this.body = buildStory("MainDoc", spec.body ?? [], ids);
    this.header = buildStory("Header", spec.header ?? [], ids);
    this.footer = buildStory("Footer", spec.footer ?? [], ids);
    this.footnotes = buildStory("Footnote", spec.footnotes ?? [], ids);
    this.customXmlParts = (spec.customXmlParts ?? []).map((xml) => ({
      id: `{${crypto.randomUUID().toUpperCase()}}`,
      namespaceUri: rootNamespace(xml),
      xml,
    }));
    this.wordSettings = new Map(Object.entries(spec.wordSettings ?? {}).map(([k, v]) => [k, JSON.stringify(v)]));
    this.officeSettings = { ...(spec.officeSettings ?? {}) };
    this.changeTrackingMode = spec.changeTrackingMode ?? "Off";
    this.trackedChanges = [];
    this.index = undefined;
    this.selection = defaultSelection(this.body);
    if (spec.selection) this.selection = resolveSelectionSpec(this.stories(), this.allControls(), spec.selection) ?? this.selection;
    this.noteSelection("test", "load");
    this.emit("load", "test");
  }

  // ---- ids -------------------------------------------------------------------------------

  paragraphId(): string {
    return `p${this.nextParagraph++}`;
  }
  controlId(): number {
    return this.nextControl++;
  }
  otherId(): string {
    return `n${this.nextOther++}`;
  }

  newParagraph(text: string, style = "Normal"): ParagraphNode {
    return { kind: "paragraph", id: this.paragraphId(), text, style };
  }

  /** Every story, body first: headers, footers and footnotes count for document.contentControls (33). */
  stories(): StoryNode[] {
    return [this.body, this.header, this.footer, this.footnotes];
  }

  // ---- structure ---------------------------------------------------------------------------

  get tree(): TreeIndex {
    if (!this.index) this.index = new TreeIndex(this.stories());
    return this.index;
  }

  /** Call after any change to the block structure (inserts, deletes, wraps). */
  structureChanged(): void {
    this.index = undefined;
    for (const story of this.stories()) ensureNotEmpty(story, () => this.newParagraph(""));
  }

  paragraphs(story: StoryNode = this.body): ParagraphNode[] {
    return paragraphsIn(story.children);
  }

  /** Every control in every story (body, header, footer, footnotes), document order. */
  allControls(): ControlNode[] {
    return this.stories().flatMap((s) => controlsIn(s.children));
  }

  findParagraph(id: string): ParagraphNode | undefined {
    return this.stories().flatMap((s) => paragraphsIn(s.children)).find((p) => p.id === id);
  }

  findControl(id: number): ControlNode | undefined {
    return this.allControls().find((c) => c.id === id);
  }

  text(nodes: readonly BlockNode[], opts: TextOptions): string {
    return blocksText(nodes, opts);
  }

  /** Text inserted or removed in a paragraph moves the live ranges after that point. */
  shiftTextRanges(para: ParagraphNode, offset: number, delta: number, except?: RangeRef): void {
    const all = [...this.liveTextRanges];
    if (this.selection.kind === "text") all.push(this.selection);
    for (const r of all) {
      if (r === except || r.para !== para) continue;
      if (r.start >= offset) r.start = Math.max(offset, r.start + delta);
      if (r.end >= offset) r.end = Math.max(offset, r.end + delta);
    }
    // Tracked changes move with the text too (one ending at the edit point does not grow).
    for (const c of this.trackedChanges) {
      if (c.para !== para || c.wholeParagraph) continue;
      if (c.start >= offset) c.start = Math.max(offset, c.start + delta);
      if (c.end > offset) c.end = Math.max(offset, c.end + delta);
    }
  }

  // ---- events ------------------------------------------------------------------------------

  /** Subscribes to model changes; returns an unsubscribe function. */
  onChange(listener: ModelListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(kind: ModelChangeKind, source: ModelChange["source"]): void {
    // WORD-SEMANTICS 69: a selection moved without a log entry (the preview page sets
    // model.selection itself, then emits) is logged under the event that reported it.
    if (this.selection !== this.loggedSelection) this.noteSelection(source, kind);
    for (const l of [...this.listeners]) l({ kind, source });
  }

  /** Logs the current selection as a change (WORD-SEMANTICS 69). */
  noteSelection(source: SelectionLogEntry["source"], kind: string): void {
    this.selectionLog.push({ source, kind, at: describeSelection(this.selection) });
    this.loggedSelection = this.selection;
  }

  // ---- read-only view for the preview page ------------------------------------------------

  /** Blocks of a story in document order, with depth and surrounding controls. */
  view(story: StoryNode = this.body): BlockView[] {
    return storyView(story);
  }

  // ---- selection ---------------------------------------------------------------------------

  /** Puts the cursor in a paragraph (the preview page calls this on click/keyboard). */
  setCursor(paragraphId: string, offset = 0): void {
    const para = this.findParagraph(paragraphId);
    if (!para) return;
    const at = Math.max(0, Math.min(offset, para.text.length));
    this.selection = { kind: "text", para, start: at, end: at };
    this.noteSelection("user", "setCursor");
    this.emit("selection", "user");
  }

  // ---- user edits (the preview page) --------------------------------------------------------

  /** Types into a paragraph. Returns false when a cannotEdit control refuses the edit. */
  setParagraphText(paragraphId: string, text: string): boolean {
    const para = this.findParagraph(paragraphId);
    if (!para || !this.userMayEdit(para)) return false;
    para.text = text;
    this.applyRemoveWhenEdited(para);
    this.emit("content", "user");
    return true;
  }

  /** Enter: splits the paragraph at offset; the new paragraph keeps the style. Returns its id. */
  splitParagraph(paragraphId: string, offset: number): string | undefined {
    const para = this.findParagraph(paragraphId);
    if (!para || !this.userMayEdit(para)) return undefined;
    const loc = this.tree.location(para);
    if (!loc) return undefined;
    const next = this.newParagraph(para.text.slice(offset), para.style);
    para.text = para.text.slice(0, offset);
    loc.container.children.splice(loc.index + 1, 0, next);
    this.structureChanged();
    this.applyRemoveWhenEdited(para);
    this.selection = { kind: "text", para: next, start: 0, end: 0 };
    this.noteSelection("user", "splitParagraph");
    this.emit("content", "user");
    return next.id;
  }

  /** Adds an empty paragraph after this one (same container). Returns its id. */
  insertParagraphAfter(paragraphId: string, text = ""): string | undefined {
    const para = this.findParagraph(paragraphId);
    if (!para || !this.userMayEdit(para)) return undefined;
    const loc = this.tree.location(para);
    if (!loc) return undefined;
    const next = this.newParagraph(text, para.style);
    loc.container.children.splice(loc.index + 1, 0, next);
    this.structureChanged();
    this.emit("content", "user");
    return next.id;
  }

  /** Deletes a paragraph as a user would; a container keeps at least one paragraph. */
  deleteParagraph(paragraphId: string): boolean {
    const para = this.findParagraph(paragraphId);
    if (!para || !this.userMayEdit(para)) return false;
    const loc = this.tree.location(para);
    if (!loc) return false;
    if (loc.container.children.length === 1) para.text = "";
    else loc.container.children.splice(loc.index, 1);
    this.structureChanged();
    if (this.selection.kind === "text" && this.selection.para === para) {
      this.selection = defaultSelection(this.body);
      this.noteSelection("user", "deleteParagraph");
    }
    this.emit("content", "user");
    return true;
  }

  private userMayEdit(para: ParagraphNode): boolean {
    return !this.tree.controlsAround(para).some((c) => c.cannotEdit);
  }

  /** A user edit inside a removeWhenEdited control removes the control, keeping its content. */
  private applyRemoveWhenEdited(para: ParagraphNode): void {
    for (const cc of this.tree.controlsAround(para).filter((c) => c.removeWhenEdited)) this.unwrapControl(cc);
  }

  /** Removes a control's tags, leaving its content in place. */
  unwrapControl(cc: ControlNode): void {
    const loc = this.tree.location(cc);
    if (!loc) return;
    loc.container.children.splice(loc.index, 1, ...cc.children);
    this.structureChanged();
  }

  /**
   * Removes a block (and its content). WORD-SEMANTICS 65 (USER, issues 2946, 3176): a control
   * whose only content was the removed control goes too, and so on up (policy.orphanParentDeletion).
   */
  removeBlock(node: BlockNode): void {
    const loc = this.tree.location(node);
    if (!loc) return;
    // Word never leaves the selection in deleted content: it collapses to where the content was.
    const cursorAfter = this.selectionWithin(node) ? this.paragraphsBesides(node) : undefined;
    loc.container.children.splice(loc.index, 1);
    let emptied: ContainerNode = loc.container;
    while (node.kind === "control" && this.policy.orphanParentDeletion && emptied.kind === "control" && emptied.children.length === 0) {
      const up = this.tree.location(emptied);
      if (!up) break;
      up.container.children.splice(up.container.children.indexOf(emptied), 1);
      emptied = up.container;
    }
    this.structureChanged();
    if (cursorAfter) this.collapseSelection(cursorAfter);
  }

  /** Whether the selection lies in this block (or is it). */
  private selectionWithin(node: BlockNode): boolean {
    const inside = (b: BlockNode | StoryNode) => b === node || (b.kind !== "story" && this.tree.ancestors(b).includes(node as ContainerNode));
    const sel = this.selection;
    if (sel.kind === "text") return inside(sel.para);
    if (sel.kind === "span") return inside(sel.from) || inside(sel.to);
    return inside(sel.node);
  }

  /** The paragraphs just after and just before a block in its story (outside it), and the story. */
  private paragraphsBesides(node: BlockNode): { after?: ParagraphNode; before?: ParagraphNode; story?: StoryNode } {
    const story = this.tree.storyOf(node);
    if (!story) return {};
    const all = this.paragraphs(story);
    const own = paragraphsIn([node]);
    const first = all.indexOf(own[0]);
    const last = all.indexOf(own[own.length - 1]);
    return { after: last >= 0 ? all[last + 1] : undefined, before: first > 0 ? all[first - 1] : undefined, story };
  }

  /** Puts the cursor at the start of `after`, else the end of `before`, else the start of the story. */
  private collapseSelection({ after, before, story }: { after?: ParagraphNode; before?: ParagraphNode; story?: StoryNode }): void {
    const alive = (p?: ParagraphNode) => p !== undefined && this.tree.location(p) !== undefined;
    if (alive(after)) this.selection = { kind: "text", para: after!, start: 0, end: 0 };
    else if (alive(before)) this.selection = { kind: "text", para: before!, start: before!.text.length, end: before!.text.length };
    else this.selection = defaultSelection(story ?? this.body);
  }

  tableOfCellContaining(node: BlockNode): TableNode | undefined {
    const cell = [...this.tree.ancestors(node)].reverse().find((c) => c.kind === "cell");
    return cell && cell.kind === "cell" ? this.tree.tableOf(cell) : undefined;
  }
}
