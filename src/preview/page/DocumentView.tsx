/**
 * The document, rendered from the emulator's model and editable like Word: the page of paper, the
 * caret kept across re-renders, and the add-in's select() shown by scrolling to and flashing the
 * selected control.
 */
import { useEffect, useLayoutEffect, useMemo, useRef } from "react";
import type { BlockNode, ControlNode, ParagraphNode, RangeRef } from "../emulator";
import type { PreviewHost } from "../emulator/previewBridge";
import { BlockList, type ViewState } from "./Blocks";
import { placeCaret, rangeIn, selectionIn } from "./caret";
import { createEditor } from "./editing";

export interface DocumentViewProps {
  host: PreviewHost;
  /** Bumped on every model change, so the view re-renders. */
  version: number;
  readOnly: boolean;
  /** Bumped when the add-in moved the selection: scroll to it. */
  apiSelection: number;
}

/** The block the selection starts in (what Word scrolls to), if any. */
function selectionAnchor(sel: RangeRef): BlockNode | null {
  if (sel.kind === "text") return sel.para;
  if (sel.kind === "node" && sel.node.kind !== "story") return sel.node;
  if (sel.kind === "span") return sel.from;
  return null;
}

/** What the model's selection covers, for drawing it. */
function selectionView(host: PreviewHost, sel: RangeRef) {
  const selected = new Set<BlockNode>();
  let cursorPara: ParagraphNode | null = null;
  const anchor = selectionAnchor(sel);
  if (sel.kind === "text") {
    cursorPara = sel.para;
  } else if (sel.kind === "node" && sel.node.kind !== "story") {
    if (sel.part === "Whole" || sel.part === "Content") selected.add(sel.node);
    else if (sel.node.kind === "paragraph") cursorPara = sel.node;
  } else if (sel.kind === "span") {
    const order = host.word.model.view().map((v) => v.node);
    const [i, j] = [order.indexOf(sel.from), order.indexOf(sel.to)].sort((a, b) => a - b);
    if (i >= 0) for (const n of order.slice(i, j + 1)) selected.add(n);
  }
  const active = new Set<ControlNode>(anchor ? host.word.model.tree.controlsAround(anchor) : []);
  if (anchor?.kind === "control") active.add(anchor);
  return { selected, cursorPara, active };
}

function elementFor(root: HTMLElement, node: BlockNode): HTMLElement | null {
  if (node.kind === "control") return root.querySelector(`[data-cc="${node.id}"]`);
  if (node.kind === "paragraph") return root.querySelector(`[data-para="${node.id}"]`);
  return root.querySelector(`[data-table="${node.id}"]`);
}

export function DocumentView({ host, version, readOnly, apiSelection }: DocumentViewProps) {
  const root = useRef<HTMLElement>(null);
  const model = host.word.model;
  const editor = useMemo(() => createEditor(model), [model]);
  const sel = selectionView(host, model.selection);
  const view: ViewState = {
    readOnly,
    defaultPlaceholder: host.word.options.defaultPlaceholderText,
    selected: sel.selected,
    cursorPara: sel.cursorPara,
    active: sel.active,
    editor,
  };

  // The editor reads the page and the read-only switch when events come, so it gets them after
  // each commit (a layout effect: before the browser can deliver any event to the new page).
  useLayoutEffect(() => editor.attach({ root: root.current, readOnly }), [editor, readOnly]);

  // The browser's selection drives the model's cursor ("insert at the cursor" goes there).
  useEffect(() => {
    const follow = () => editor.onSelectionChange();
    document.addEventListener("selectionchange", follow);
    return () => document.removeEventListener("selectionchange", follow);
  }, [editor]);

  // After an edit re-rendered the document, the caret goes back where the edit left it.
  useLayoutEffect(() => {
    const caret = editor.takeCaret();
    const el = caret && root.current?.querySelector<HTMLElement>(`[data-para="${caret.paragraphId}"]`);
    if (!caret || !el) return;
    const now = selectionIn(el);
    if (document.activeElement !== el || !now || now.start !== caret.offset || now.end !== caret.offset) placeCaret(el, caret.offset);
  }, [version, editor]);

  // A text range the add-in selected is drawn with a CSS highlight (the DOM is left alone).
  useEffect(() => {
    const registry = (globalThis.CSS as { highlights?: Map<string, unknown> } | undefined)?.highlights;
    const HighlightCtor = (globalThis as { Highlight?: new (...r: Range[]) => unknown }).Highlight;
    if (!registry || !HighlightCtor) return;
    const s = model.selection;
    const el = s.kind === "text" && s.start !== s.end && root.current?.querySelector<HTMLElement>(`[data-para="${s.para.id}"]`);
    if (el && s.kind === "text") registry.set("ird-selection", new HighlightCtor(rangeIn(el, s.start, s.end)));
    else registry.delete("ird-selection");
  }, [version, model]);

  // The add-in's select(): Word scrolls to the selection; the preview also flashes it.
  // Only when apiSelection is bumped: a person moving the cursor is not flashed.
  useEffect(() => {
    const anchor = selectionAnchor(model.selection);
    if (!apiSelection || !anchor || !root.current) return;
    const el = elementFor(root.current, anchor);
    if (!el) return;
    el.scrollIntoView({ block: "center" });
    el.classList.remove("flash");
    void el.offsetWidth; // restart the animation
    el.classList.add("flash");
  }, [apiSelection, model]);

  return (
    <article
      ref={root}
      className="paper"
      aria-label="Document page"
      // Focusable by script only: F6 lands here when no paragraph takes a caret (read-only).
      tabIndex={-1}
      data-readonly={readOnly}
      onInput={(e) => editor.onInput(e.nativeEvent)}
      onKeyDown={(e) => editor.onKeyDown(e.nativeEvent)}
      onPaste={(e) => editor.onPaste(e.nativeEvent)}
      onMouseUp={(e) => editor.onMouseUp(e.nativeEvent)}
    >
      <BlockList blocks={model.body.children} view={view} locked={false} />
    </article>
  );
}
