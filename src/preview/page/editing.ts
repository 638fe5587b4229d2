/**
 * A person typing in the document: DOM events on paragraph elements turned into the model's user
 * edits (setParagraphText, splitParagraph, deleteParagraph, setCursor), as Word would apply them.
 * The page re-renders from the model afterwards; the caret is put back where the edit leaves it.
 */
import type { ControlNode, ParagraphNode, WordDocumentModel } from "../emulator";
import { paragraphsIn } from "../emulator/modelTree";
import { caretOnEdgeLine, offsetAtPoint, placeCaret, selectionIn } from "./caret";

export interface Caret {
  paragraphId: string;
  offset: number;
}

export interface Editor {
  onInput(e: Event): void;
  onKeyDown(e: KeyboardEvent): void;
  onPaste(e: ClipboardEvent): void;
  onMouseUp(e: MouseEvent): void;
  /** Follows the browser's selection into the model (document "selectionchange"). */
  onSelectionChange(): void;
  /** Selects a whole content control (a click on its title tab, as in Word). */
  selectControl(cc: ControlNode): void;
  /** Delete on a selected control: removes it with its content, unless it is protected. */
  deleteControl(cc: ControlNode): boolean;
  /** Where the caret must be after the next render, if an edit moved it. */
  takeCaret(): Caret | null;
  /**
   * The rendered page: its root element (for moving between paragraphs) and whether edits are
   * refused. Given after each commit that changes them; until the first, every edit is refused.
   */
  attach(page: EditorPage): void;
}

export interface EditorPage {
  root: HTMLElement | null;
  readOnly: boolean;
}

const paraElement = (target: EventTarget | null): HTMLElement | null =>
  target instanceof HTMLElement ? target.closest<HTMLElement>("[data-para]") : null;

export function createEditor(model: WordDocumentModel): Editor {
  let pending: Caret | null = null;
  let page: EditorPage = { root: null, readOnly: true };

  const paragraphOf = (el: HTMLElement | null): ParagraphNode | undefined => (el ? model.findParagraph(el.dataset.para ?? "") : undefined);
  const locked = (p: ParagraphNode) => page.readOnly || model.tree.controlsAround(p).some((c) => c.cannotEdit);
  const sibling = (p: ParagraphNode, step: -1 | 1): ParagraphNode | undefined => {
    const loc = model.tree.location(p);
    const next = loc?.container.children[loc.index + step];
    return next?.kind === "paragraph" ? next : undefined;
  };
  /** Editable paragraph elements in document order, for moving between them with the arrows. */
  const neighbourElement = (el: HTMLElement, step: -1 | 1): HTMLElement | undefined => {
    const all = [...(page.root?.querySelectorAll<HTMLElement>("[data-para]") ?? [])];
    return all[all.indexOf(el) + step];
  };
  const moveCursor = (p: ParagraphNode, start: number, end = start) => {
    const s = model.selection;
    if (s.kind === "text" && s.para === p && s.start === start && s.end === end) return;
    if (start === end) model.setCursor(p.id, start);
    else {
      model.selection = { kind: "text", para: p, start, end };
      model.emit("selection", "user");
    }
  };

  return {
    onInput(e) {
      const el = paraElement(e.target);
      const para = paragraphOf(el);
      if (!el || !para) return;
      const offset = selectionIn(el)?.end ?? 0;
      const text = (el.textContent ?? "").replace(/\n/g, " ");
      // An emptied paragraph keeps no stray <br>, so an empty control shows its placeholder again.
      if (text === "" && el.childNodes.length > 0) el.textContent = "";
      if (model.setParagraphText(para.id, text)) pending = { paragraphId: para.id, offset };
      else {
        // A protected control refused the edit: the page shows the model's text again.
        el.textContent = para.text;
        pending = { paragraphId: para.id, offset: Math.min(offset, para.text.length) };
      }
    },

    onKeyDown(e) {
      const el = paraElement(e.target);
      const para = paragraphOf(el);
      if (!el || !para) return;
      const sel = selectionIn(el) ?? { start: 0, end: 0 };
      const collapsed = sel.start === sel.end;
      if (e.key === "Enter") {
        e.preventDefault();
        if (locked(para)) return;
        const id = model.splitParagraph(para.id, sel.start);
        if (id) pending = { paragraphId: id, offset: 0 };
      } else if (e.key === "Backspace" && collapsed && sel.start === 0) {
        e.preventDefault();
        const prev = sibling(para, -1);
        if (locked(para) || !prev || locked(prev)) return;
        const at = prev.text.length;
        // An empty paragraph goes; otherwise its text joins the previous paragraph, as in Word.
        if (para.text !== "") model.setParagraphText(prev.id, prev.text + para.text);
        model.deleteParagraph(para.id);
        pending = { paragraphId: prev.id, offset: at };
      } else if (e.key === "Delete" && collapsed && sel.start === para.text.length) {
        e.preventDefault();
        const next = sibling(para, 1);
        if (locked(para) || !next || locked(next)) return;
        const at = para.text.length;
        if (next.text !== "") model.setParagraphText(para.id, para.text + next.text);
        model.deleteParagraph(next.id);
        pending = { paragraphId: para.id, offset: at };
      } else if ((e.key === "ArrowUp" || e.key === "ArrowLeft") && collapsed) {
        const edge = e.key === "ArrowUp" ? caretOnEdgeLine(el, "first") : sel.start === 0;
        const target = edge ? neighbourElement(el, -1) : undefined;
        if (target) {
          e.preventDefault();
          placeCaret(target, target.textContent?.length ?? 0);
        }
      } else if ((e.key === "ArrowDown" || e.key === "ArrowRight") && collapsed) {
        const edge = e.key === "ArrowDown" ? caretOnEdgeLine(el, "last") : sel.start === (el.textContent ?? "").length;
        const target = edge ? neighbourElement(el, 1) : undefined;
        if (target) {
          e.preventDefault();
          placeCaret(target, 0);
        }
      }
    },

    onPaste(e) {
      // Plain text only, one paragraph: the model holds text, not formatting.
      e.preventDefault();
      const text = (e.clipboardData?.getData("text/plain") ?? "").replace(/\r\n|\r|\n/g, " ");
      if (text) document.execCommand("insertText", false, text);
    },

    onMouseUp(e) {
      const el = paraElement(e.target);
      const para = paragraphOf(el);
      if (!el || !para) return;
      // Locked text takes no caret in the browser, but Word still puts the cursor there.
      if (el.isContentEditable) return;
      const at = offsetAtPoint(el, e.clientX, e.clientY);
      moveCursor(para, at);
    },

    onSelectionChange() {
      const el = paraElement(document.activeElement);
      const para = paragraphOf(el);
      if (!el || !para) return;
      const sel = selectionIn(el);
      if (sel) moveCursor(para, sel.start, sel.end);
    },

    selectControl(cc) {
      model.selection = { kind: "node", node: cc, part: "Whole" };
      model.emit("selection", "user");
    },

    deleteControl(cc) {
      const loc = model.tree.location(cc);
      if (!loc || page.readOnly || cc.cannotDelete || model.tree.controlsAround(cc).some((c) => c.cannotEdit)) return false;
      model.removeBlock(cc);
      // The cursor goes where the control was (removeBlock leaves every container a paragraph).
      const after = loc.container.children[Math.min(loc.index, loc.container.children.length - 1)];
      const land = paragraphsIn(after ? [after] : [])[0] ?? model.paragraphs()[0];
      model.selection = { kind: "text", para: land, start: 0, end: 0 };
      model.emit("content", "user");
      pending = { paragraphId: land.id, offset: 0 };
      return true;
    },

    takeCaret() {
      const c = pending;
      pending = null;
      return c;
    },

    attach(next) {
      page = { ...next };
    },
  };
}
