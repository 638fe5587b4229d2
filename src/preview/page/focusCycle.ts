/**
 * Word's F6: keyboard focus moves between the task pane and the document. Shift+F6 goes the other
 * way round, which with two stops is the same place. In the document, focus lands where the
 * model's selection is (e.g. the section the add-in just selected), not wherever the browser last
 * had a caret. Key events inside the pane's iframe never reach this page, so the pane's preview
 * host forwards them (forwardF6, called from taskpaneHost.ts) through window[PREVIEW_FOCUS_KEY].
 */
import type { BlockNode, ParagraphNode, WordDocumentModel } from "../emulator";
import { paragraphsIn } from "../emulator/modelTree";
import { rangeIn } from "./caret";

/** What the page offers the pane's window for moving focus. */
export interface PreviewFocus {
  toDocument(): void;
}

/** The property of the page's window the pane's window looks for. */
export const PREVIEW_FOCUS_KEY = "__irdPreviewFocus";

const isF6 = (e: KeyboardEvent) => e.key === "F6" && !e.ctrlKey && !e.altKey && !e.metaKey;

/** Where the selection starts, as a paragraph of the model, and the characters it covers there. */
function selectionStart(model: WordDocumentModel): { para: ParagraphNode; start: number; end: number } | undefined {
  const sel = model.selection;
  if (sel.kind === "text") return { para: sel.para, start: sel.start, end: sel.end };
  const node: BlockNode | undefined = sel.kind === "node" ? (sel.node.kind === "story" ? undefined : sel.node) : sel.kind === "span" ? sel.from : undefined;
  const para = node ? paragraphsIn([node])[0] : model.paragraphs()[0];
  return para ? { para, start: 0, end: 0 } : undefined;
}

/**
 * Focuses the document at the model's selection. Text that takes no caret (a locked control, a
 * read-only document) hands it to the next paragraph that does, or failing that to the page itself.
 */
export function focusDocument(model: WordDocumentModel, paper: HTMLElement): void {
  const at = selectionStart(model);
  const all = [...paper.querySelectorAll<HTMLElement>("[data-para]")];
  const from = at ? all.findIndex((el) => el.dataset.para === at.para.id) : 0;
  const target = all.slice(Math.max(from, 0)).find((el) => el.isContentEditable);
  if (!target) {
    paper.focus();
    return;
  }
  const same = at !== undefined && target.dataset.para === at.para.id;
  const length = target.textContent?.length ?? 0;
  const [start, end] = same ? [Math.min(at.start, length), Math.min(at.end, length)] : [0, 0];
  target.focus();
  const sel = target.ownerDocument.getSelection();
  sel?.removeAllRanges();
  sel?.addRange(rangeIn(target, start, end));
  target.scrollIntoView({ block: "nearest" });
}

const TABBABLE = 'button, [href], input, select, textarea, [tabindex]:not([tabindex="-1"])';

/** Focuses the pane: back on what had focus there before, else on its first focus stop. */
export function focusPane(frame: HTMLIFrameElement): void {
  frame.focus();
  const doc = frame.contentDocument;
  if (!doc || (doc.activeElement && doc.activeElement !== doc.body)) return;
  const first = [...doc.querySelectorAll<HTMLElement>(TABBABLE)].find((el) => !el.matches(":disabled") && el.getClientRects().length > 0);
  first?.focus();
}

/**
 * On the page: F6 in the document goes to the pane; anywhere else on the page, to the document.
 * Returns the cleanup.
 */
export function installFocusCycle(win: Window, model: WordDocumentModel, paper: () => HTMLElement | null, pane: () => HTMLIFrameElement | null): () => void {
  const toDocument = () => {
    const el = paper();
    if (el) focusDocument(model, el);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (!isF6(e)) return;
    e.preventDefault();
    const el = paper();
    const frame = pane();
    if (el && frame && el.contains(win.document.activeElement)) focusPane(frame);
    else toDocument();
  };
  // Capture: the document's own key handling (editing.ts) must not see F6 first.
  win.addEventListener("keydown", onKeyDown, true);
  const focus: PreviewFocus = { toDocument };
  (win as unknown as Record<string, PreviewFocus | undefined>)[PREVIEW_FOCUS_KEY] = focus;
  return () => {
    win.removeEventListener("keydown", onKeyDown, true);
    const slot = win as unknown as Record<string, PreviewFocus | undefined>;
    if (slot[PREVIEW_FOCUS_KEY] === focus) delete slot[PREVIEW_FOCUS_KEY];
  };
}

/** In the pane's iframe (preview only): F6 and Shift+F6 hand focus to the page's document. */
export function forwardF6(win: Window): void {
  win.addEventListener(
    "keydown",
    (e) => {
      if (!isF6(e)) return;
      const focus = (win.parent as unknown as Record<string, PreviewFocus | undefined>)[PREVIEW_FOCUS_KEY];
      if (!focus) return;
      e.preventDefault();
      focus.toDocument();
    },
    true,
  );
}
