/**
 * The Word document the emulator serves: body, optional header/footnote stories, content
 * controls, tables, a selection, custom XML parts and both settings stores. The dispatcher edits
 * it for add-in batches; the preview page reads it (view()) and edits it as a user would.
 */
import { buildStory, type DocSpec } from "./modelSpec";
import { TreeIndex, paragraphsIn, controlsIn, blocksText, type TextOptions } from "./modelTree";
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
    this.selection = this.defaultSelection();
    if (spec.selection) this.selection = this.resolveSelectionSpec(spec.selection) ?? this.selection;
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
    for (const story of this.stories()) ensureNotEmpty(story, this);
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
    for (const l of [...this.listeners]) l({ kind, source });
  }

  // ---- read-only view for the preview page ------------------------------------------------

  /** Blocks of a story in document order, with depth and surrounding controls. */
  view(story: StoryNode = this.body): BlockView[] {
    const out: BlockView[] = [];
    const visit = (c: ContainerNode, depth: number, controls: ControlNode[], inTable: boolean) => {
      for (const node of c.children) {
        out.push({ node, depth, controls, inTable });
        if (node.kind === "control") visit(node, depth + 1, [...controls, node], inTable);
        if (node.kind === "table")
          for (const row of node.rows) for (const cell of row.cells) visit(cell, depth + 1, controls, true);
      }
    };
    visit(story, 0, [], false);
    return out;
  }

  // ---- selection ---------------------------------------------------------------------------

  private defaultSelection(): RangeRef {
    const first = this.paragraphs()[0];
    return { kind: "text", para: first, start: 0, end: 0 };
  }

  private resolveSelectionSpec(sel: NonNullable<DocSpec["selection"]>): RangeRef | undefined {
    if ("paragraphText" in sel) {
      const all = this.stories().flatMap((s) => paragraphsIn(s.children));
      const para = all.find((p) => p.text === sel.paragraphText);
      return para ? { kind: "text", para, start: sel.offset ?? 0, end: sel.offset ?? 0 } : undefined;
    }
    const cc = this.allControls().find((c) => c.tag === sel.controlTag);
    return cc ? { kind: "node", node: cc, part: "Whole" } : undefined;
  }

  /** Puts the cursor in a paragraph (the preview page calls this on click/keyboard). */
  setCursor(paragraphId: string, offset = 0): void {
    const para = this.findParagraph(paragraphId);
    if (!para) return;
    const at = Math.max(0, Math.min(offset, para.text.length));
    this.selection = { kind: "text", para, start: at, end: at };
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
    if (this.selection.kind === "text" && this.selection.para === para) this.selection = this.defaultSelection();
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

  /** Removes a block (and its content). */
  removeBlock(node: BlockNode): void {
    const loc = this.tree.location(node);
    if (!loc) return;
    loc.container.children.splice(loc.index, 1);
    this.structureChanged();
  }

  tableOfCellContaining(node: BlockNode): TableNode | undefined {
    const cell = [...this.tree.ancestors(node)].reverse().find((c) => c.kind === "cell");
    return cell && cell.kind === "cell" ? this.tree.tableOf(cell) : undefined;
  }
}

/** WORD-SEMANTICS 27: every story (and control, cell) ends with a paragraph mark. */
function ensureNotEmpty(container: ContainerNode, model: WordDocumentModel): void {
  if (container.children.length === 0) container.children.push(model.newParagraph(""));
  for (const child of container.children) {
    if (child.kind === "control") ensureNotEmpty(child, model);
    if (child.kind === "table") for (const row of child.rows) for (const cell of row.cells) ensureNotEmpty(cell, model);
  }
}

/** The root element's default namespace, "" when it has no xmlns (WORD-SEMANTICS 46). */
export function rootNamespace(xml: string): string {
  const body = xml.replace(/<\?[\s\S]*?\?>/g, "").replace(/<!--[\s\S]*?-->/g, "");
  const root = /<([A-Za-z_][\w.:-]*)([^>]*)>/.exec(body);
  if (!root) return "";
  const ns = /\sxmlns\s*=\s*("([^"]*)"|'([^']*)')/.exec(root[2]);
  return ns ? (ns[2] ?? ns[3] ?? "") : "";
}
