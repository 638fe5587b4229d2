/**
 * Change tracking (WORD-SEMANTICS 53–55). With document.changeTrackingMode on, the add-in's
 * inserts, replacements and deletions become tracked changes instead of plain edits:
 * - inserted text/paragraphs are recorded as "Added";
 * - deleted or replaced text stays in the paragraph, recorded as "Deleted", so paragraph.text and
 *   body.text still contain it until accepted (54, USER issue 1267);
 * - ContentControl.delete leaves the control in place as a tracked deletion, still found by
 *   getByTag (55, MS issue 1299).
 * Not tracked here: formatting, tables, wrapping in a control, delete(keepContent = true).
 */
import type { HostCtx } from "./hostObjects";
import { blocksText, paragraphsIn } from "./modelTree";
import type { BlockNode, ContainerNode, ControlNode, ParagraphNode, RangeRef, TrackedChangeRecord } from "./modelTypes";
import { textOpts } from "./typesText";

let nextId = 1;

export const isTracking = (ctx: HostCtx): boolean => ctx.model.changeTrackingMode !== "Off";

function record(ctx: HostCtx, change: Omit<TrackedChangeRecord, "id" | "author" | "date">): void {
  ctx.model.trackedChanges.push({ id: nextId++, author: ctx.options.trackedChangeAuthor, date: new Date().toISOString(), ...change });
}

export function trackInsertedText(ctx: HostCtx, para: ParagraphNode, start: number, end: number): void {
  if (end > start) record(ctx, { type: "Added", para, start, end, wholeParagraph: false });
}

export function trackInsertedParagraph(ctx: HostCtx, para: ParagraphNode): void {
  record(ctx, { type: "Added", para, start: 0, end: 0, wholeParagraph: true });
}

export function trackDeletedText(ctx: HostCtx, para: ParagraphNode, start: number, end: number): void {
  if (end > start) record(ctx, { type: "Deleted", para, start, end, wholeParagraph: false });
}

export function trackDeletedParagraph(ctx: HostCtx, para: ParagraphNode): void {
  record(ctx, { type: "Deleted", para, start: 0, end: 0, wholeParagraph: true });
}

/** WORD-SEMANTICS 55 (MS, issue 1299): the control stays, marked as a tracked deletion. */
export function trackDeletedControl(ctx: HostCtx, cc: ControlNode): void {
  cc.changeTrackingState = "Deleted";
  record(ctx, { type: "Deleted", para: paragraphsIn(cc.children)[0], start: 0, end: 0, wholeParagraph: true, control: cc });
}

/**
 * WORD-SEMANTICS 53: insertText(x, "Replace") under tracking gives a Deleted change (the old text,
 * which stays) and an Added change (the new text, after it). Returns the new text's range.
 */
export function trackedReplaceText(ctx: HostCtx, para: ParagraphNode, start: number, end: number, text: string): RangeRef {
  trackDeletedText(ctx, para, start, end);
  para.text = para.text.slice(0, end) + text + para.text.slice(end);
  ctx.model.shiftTextRanges(para, end, text.length);
  trackInsertedText(ctx, para, end, end + text.length);
  ctx.changed();
  return { kind: "text", para, start: end, end: end + text.length };
}

/** Replace on a container: the first paragraph's text is replaced, the other paragraphs deleted. */
export function trackedReplaceContent(ctx: HostCtx, container: ContainerNode, text: string): RangeRef {
  const [first, ...rest] = paragraphsIn(container.children);
  for (const p of rest) trackDeletedParagraph(ctx, p);
  return trackedReplaceText(ctx, first, 0, first.text.length, text);
}

/** clear() under tracking: every paragraph's text becomes a deletion; the first keeps its mark. */
export function trackedClear(ctx: HostCtx, container: ContainerNode): void {
  const [first, ...rest] = paragraphsIn(container.children);
  trackDeletedText(ctx, first, 0, first.text.length);
  for (const p of rest) trackDeletedParagraph(ctx, p);
  ctx.changed();
}

// ---- reading -------------------------------------------------------------------------------

const inDeletedControl = (ctx: HostCtx, p: ParagraphNode) => ctx.model.tree.controlsAround(p).some((c) => c.changeTrackingState === "Deleted");

function wholly(ctx: HostCtx, p: ParagraphNode, type: TrackedChangeRecord["type"]): boolean {
  return ctx.model.trackedChanges.some((c) => c.para === p && c.wholeParagraph && c.type === type && !c.control) || (type === "Deleted" && inDeletedControl(ctx, p));
}

/** getReviewedText (1.4): "Current" without pending deletions, "Original" without pending insertions (54). */
export function reviewedText(ctx: HostCtx, blocks: readonly BlockNode[], version: unknown): string {
  const original = typeof version === "string" && version.toLowerCase() === "original";
  if (!original && !(typeof version === "string" && version.toLowerCase() === "current")) ctx.error("InvalidArgument", "getReviewedText");
  const hidden: TrackedChangeRecord["type"] = original ? "Added" : "Deleted";
  const parts: string[] = [];
  for (const p of paragraphsIn(blocks)) {
    if (wholly(ctx, p, hidden)) continue;
    // Spans may overlap (a second Replace under tracking deletes text already deleted): a
    // character is hidden once, however many changes cover it.
    const hide = new Array<boolean>(p.text.length).fill(false);
    for (const c of ctx.model.trackedChanges) if (c.para === p && !c.wholeParagraph && c.type === hidden) hide.fill(true, c.start, c.end);
    parts.push(p.text.split("").filter((_, i) => !hide[i]).join(""));
  }
  return parts.join("\r");
}

export function changeText(ctx: HostCtx, c: TrackedChangeRecord): string {
  if (c.control) return blocksText(c.control.children, textOpts(ctx));
  return c.wholeParagraph ? c.para.text : c.para.text.slice(c.start, c.end);
}

/** Pending changes touching these paragraphs, in document order. */
export function changesIn(ctx: HostCtx, paras: ParagraphNode[]): TrackedChangeRecord[] {
  const order = new Map(paras.map((p, i) => [p, i]));
  return ctx.model.trackedChanges
    .filter((c) => order.has(c.para))
    .sort((a, b) => order.get(a.para)! - order.get(b.para)! || a.start - b.start || a.id - b.id);
}

/**
 * WORD-SEMANTICS 55/71: getByChangeTrackingStates (1.5) tells added and deleted controls apart. A
 * control inside a control deleted under tracking is deleted with it, so it reads Deleted too.
 */
export function controlState(ctx: HostCtx, cc: ControlNode): "Normal" | "Added" | "Deleted" {
  if (cc.changeTrackingState === "Deleted" || ctx.model.tree.controlsAround(cc).some((c) => c.changeTrackingState === "Deleted")) return "Deleted";
  const paras = paragraphsIn(cc.children);
  return paras.length > 0 && paras.every((p) => wholly(ctx, p, "Added")) ? "Added" : "Normal";
}

// ---- accept and reject ---------------------------------------------------------------------

function removeText(ctx: HostCtx, c: TrackedChangeRecord): void {
  c.para.text = c.para.text.slice(0, c.start) + c.para.text.slice(c.end);
  ctx.model.shiftTextRanges(c.para, c.start, c.start - c.end);
}

/** Makes a pending change final (accept) or undoes it (reject). */
export function resolveChange(ctx: HostCtx, c: TrackedChangeRecord, accept: boolean, location: string): void {
  ctx.checkWrite(location);
  const list = ctx.model.trackedChanges;
  if (!list.includes(c)) ctx.error("ItemNotFound", location);
  list.splice(list.indexOf(c), 1);
  const takeAway = (c.type === "Deleted") === accept;
  if (c.control) {
    if (takeAway) ctx.model.removeBlock(c.control);
    else delete c.control.changeTrackingState;
  } else if (takeAway && c.wholeParagraph) ctx.model.removeBlock(c.para);
  else if (takeAway) removeText(ctx, c);
  // Changes inside text or paragraphs that are now gone go with them.
  ctx.model.structureChanged();
  ctx.model.trackedChanges = list.filter((x) => ctx.model.tree.location(x.control ?? x.para));
  ctx.changed();
}
