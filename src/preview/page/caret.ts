/**
 * Caret and selection inside one editable paragraph element, as character offsets into the
 * paragraph's text (what the model counts). Each paragraph is its own contentEditable element.
 */

/** The text nodes of an element in order, with their start offsets. */
function textNodes(el: HTMLElement): Array<{ node: Text; start: number }> {
  const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  const out: Array<{ node: Text; start: number }> = [];
  let start = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    out.push({ node: n as Text, start });
    start += (n as Text).data.length;
  }
  return out;
}

function offsetOf(el: HTMLElement, node: Node, offset: number): number {
  const range = el.ownerDocument.createRange();
  range.selectNodeContents(el);
  range.setEnd(node, offset);
  return range.toString().length;
}

/** Start and end of the selection in this paragraph, or null when the selection is elsewhere. */
export function selectionIn(el: HTMLElement): { start: number; end: number } | null {
  const sel = el.ownerDocument.getSelection();
  if (!sel || sel.rangeCount === 0 || !sel.anchorNode || !sel.focusNode) return null;
  if (!el.contains(sel.anchorNode) || !el.contains(sel.focusNode)) return null;
  const a = offsetOf(el, sel.anchorNode, sel.anchorOffset);
  const f = offsetOf(el, sel.focusNode, sel.focusOffset);
  return { start: Math.min(a, f), end: Math.max(a, f) };
}

/** A DOM range over characters [start, end) of the paragraph. */
export function rangeIn(el: HTMLElement, start: number, end = start): Range {
  const range = el.ownerDocument.createRange();
  const nodes = textNodes(el);
  const point = (offset: number): [Node, number] => {
    for (const { node, start: s } of nodes) if (offset <= s + node.data.length) return [node, Math.max(0, offset - s)];
    const last = nodes[nodes.length - 1];
    return last ? [last.node, last.node.data.length] : [el, 0];
  };
  range.setStart(...point(start));
  range.setEnd(...point(end));
  return range;
}

/** Focuses the paragraph and puts the caret at a character offset. */
export function placeCaret(el: HTMLElement, offset: number): void {
  if (el.ownerDocument.activeElement !== el) el.focus({ preventScroll: true });
  const sel = el.ownerDocument.getSelection();
  if (!sel) return;
  sel.removeAllRanges();
  sel.addRange(rangeIn(el, offset));
}

/** Character offset under a point (a click on a paragraph that takes no caret, e.g. locked text). */
export function offsetAtPoint(el: HTMLElement, x: number, y: number): number {
  const doc = el.ownerDocument as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null };
  const hit = doc.caretRangeFromPoint?.(x, y);
  if (!hit || !el.contains(hit.startContainer)) return 0;
  return offsetOf(el, hit.startContainer, hit.startOffset);
}

/** Whether the caret is on the first (or last) visual line of the paragraph. */
export function caretOnEdgeLine(el: HTMLElement, edge: "first" | "last"): boolean {
  const sel = el.ownerDocument.getSelection();
  if (!sel || sel.rangeCount === 0) return true;
  const caret = sel.getRangeAt(0).getClientRects()[0];
  if (!caret) return true; // an empty paragraph has one line
  const box = el.getBoundingClientRect();
  const line = parseFloat(getComputedStyle(el).lineHeight) || caret.height;
  return edge === "first" ? caret.top - box.top < line * 0.8 : box.bottom - caret.bottom < line * 0.8;
}
