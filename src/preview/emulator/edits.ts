/**
 * Document edits with Word's semantics, shared by the Body, Paragraph, Range and ContentControl
 * handlers. Each takes the handler context so read-only and cannotEdit checks are never skipped.
 */
import type { HostCtx } from "./hostObjects";
import * as T from "./tracking";
import { newControl } from "./modelSpec";
import { contentBlocks, controlsIn, paragraphsIn } from "./modelTree";
import type {
  BlockNode,
  ContainerNode,
  ControlNode,
  ParagraphNode,
  RangeRef,
  StoryNode,
  TableCellNode,
} from "./modelTypes";

type Where = "Before" | "After" | "Start" | "End" | "Replace";

export function normaliseLocation(value: unknown, allowed: Where[], location: string, ctx: HostCtx): Where {
  const hit = allowed.find((w) => typeof value === "string" && w.toLowerCase() === value.toLowerCase());
  // WORD-SEMANTICS 25: a location the object doesn't allow fails at sync; code InvalidArgument (INFERRED).
  if (!hit) ctx.error("InvalidArgument", location, `The location '${String(value)}' is not valid for ${location}.`);
  return hit;
}

export function locate(ctx: HostCtx, node: BlockNode, location: string) {
  const loc = ctx.model.tree.location(node);
  // An object whose content was deleted earlier in the batch no longer exists in the document.
  if (!loc) ctx.error("ItemNotFound", location);
  return loc;
}

function styleFrom(ctx: HostCtx, near: ParagraphNode | undefined): string {
  return ctx.options.inheritStyleOnInsert && near ? near.style : "Normal";
}

/**
 * WORD-SEMANTICS 26 (USER, issue 3176): a paragraph that is the first (last) block of a control
 * carries the control's tags, so inserting Before (After) it lands outside the control.
 */
export function outerAnchor(ctx: HostCtx, node: BlockNode, where: "Before" | "After"): BlockNode {
  let anchor = node;
  if (!ctx.options.paragraphOwnsControlTags) return anchor;
  for (;;) {
    const loc = ctx.model.tree.location(anchor);
    if (!loc || loc.container.kind !== "control") return anchor;
    const edge = where === "Before" ? 0 : loc.container.children.length - 1;
    if (loc.index !== edge) return anchor;
    anchor = loc.container;
  }
}

/** Inserts a paragraph next to a block, in the block's container. */
export function insertParagraphBeside(ctx: HostCtx, anchor: BlockNode, where: "Before" | "After", text: string, location: string): ParagraphNode {
  const loc = locate(ctx, anchor, location);
  ctx.checkContentEdit(location, loc.container.kind === "story" ? (loc.container as StoryNode) : (loc.container as ControlNode | TableCellNode));
  const near = paragraphsIn([anchor]);
  const para = ctx.model.newParagraph(text, styleFrom(ctx, where === "Before" ? near[0] : near[near.length - 1]));
  loc.container.children.splice(where === "Before" ? loc.index : loc.index + 1, 0, para);
  if (T.isTracking(ctx)) T.trackInsertedParagraph(ctx, para); // WORD-SEMANTICS 53
  ctx.model.structureChanged();
  ctx.changed();
  return para;
}

/**
 * WORD-SEMANTICS 64 (MS, issues 866 and 4975, by design): "End" of a container whose last block is
 * a content control is inside that control, at its end, and so on down while the last block is a
 * control. A table as last block stops the descent (the paragraph goes after the table).
 */
export function endContainer(container: ContainerNode): ContainerNode {
  let c = container;
  for (let last = c.children[c.children.length - 1]; last?.kind === "control"; last = c.children[c.children.length - 1]) c = last;
  return c;
}

/**
 * Inserts a paragraph at the start or end of a container (body, control, cell). "End" lands in
 * the innermost last nested control (64); "Start" is left at the container's start (no report).
 */
export function insertParagraphInside(ctx: HostCtx, outer: ContainerNode, where: "Start" | "End", text: string, location: string): ParagraphNode {
  const container = where === "End" ? endContainer(outer) : outer;
  ctx.checkContentEdit(location, container);
  const paras = paragraphsIn(container.children);
  const para = ctx.model.newParagraph(text, styleFrom(ctx, where === "Start" ? paras[0] : paras[paras.length - 1]));
  if (where === "Start") container.children.unshift(para);
  else container.children.push(para);
  if (T.isTracking(ctx)) T.trackInsertedParagraph(ctx, para); // WORD-SEMANTICS 53
  ctx.model.structureChanged();
  ctx.changed();
  return para;
}

/** Replaces a container's content with one paragraph of text (insertText "Replace"). */
export function replaceContent(ctx: HostCtx, container: ContainerNode, text: string, location: string): RangeRef {
  ctx.checkContentEdit(location, container);
  refuseRemovingLocked(ctx, container, location);
  if (T.isTracking(ctx)) return T.trackedReplaceContent(ctx, container, text); // WORD-SEMANTICS 53
  const first = paragraphsIn(container.children)[0];
  const para = ctx.model.newParagraph(text, first ? first.style : "Normal");
  container.children.splice(0, container.children.length, para);
  ctx.model.structureChanged();
  ctx.changed();
  return { kind: "text", para, start: 0, end: text.length };
}

/** Inserts text into a paragraph at an offset; returns the inserted text's range. */
export function insertTextAt(ctx: HostCtx, para: ParagraphNode, offset: number, text: string, location: string): RangeRef {
  ctx.checkContentEdit(location, para);
  para.text = para.text.slice(0, offset) + text + para.text.slice(offset);
  ctx.model.shiftTextRanges(para, offset, text.length);
  if (T.isTracking(ctx)) T.trackInsertedText(ctx, para, offset, offset + text.length); // WORD-SEMANTICS 53
  ctx.changed();
  return { kind: "text", para, start: offset, end: offset + text.length };
}

/** insertText on a container (body, control): Replace / Start / End. */
export function insertTextInContainer(ctx: HostCtx, container: ContainerNode, text: string, where: Where, location: string): RangeRef {
  if (where === "Replace") return replaceContent(ctx, container, text, location);
  const paras = paragraphsIn(container.children);
  const target = where === "Start" ? paras[0] : paras[paras.length - 1];
  if (!target) return replaceContent(ctx, container, text, location);
  return insertTextAt(ctx, target, where === "Start" ? 0 : target.text.length, text, location);
}

/** Blocks a range covers, as siblings of one container where possible. */
export function rangeBlocks(ctx: HostCtx, r: RangeRef): BlockNode[] {
  if (r.kind === "text") return [r.para];
  if (r.kind === "node") return r.node.kind === "story" ? r.node.children : [r.node];
  return siblingRun(ctx, r.from, r.to);
}

/** The run of siblings from `from` to `to`, lifted to their common container. */
export function siblingRun(ctx: HostCtx, from: BlockNode, to: BlockNode): BlockNode[] {
  const tree = ctx.model.tree;
  const chainOf = (n: BlockNode): BlockNode[] => {
    const chain: BlockNode[] = [n];
    let loc = tree.location(n);
    while (loc && loc.container.kind === "control") {
      chain.unshift(loc.container);
      loc = tree.location(loc.container);
    }
    return chain;
  };
  const a = chainOf(from);
  const b = chainOf(to);
  for (const x of [...a].reverse()) {
    const lx = tree.location(x);
    for (const y of [...b].reverse()) {
      const ly = tree.location(y);
      if (lx && ly && lx.container === ly.container) {
        const [i, j] = lx.index <= ly.index ? [lx.index, ly.index] : [ly.index, lx.index];
        return lx.container.children.slice(i, j + 1);
      }
    }
  }
  return [from];
}

/** Wraps sibling blocks in a new rich-text control (insertContentControl). */
export function wrapBlocks(ctx: HostCtx, blocks: BlockNode[], location: string): ControlNode {
  const first = blocks[0];
  const loc = locate(ctx, first, location);
  ctx.checkWrite(location);
  const cc = newControl(ctx.model.controlId(), {}, blocks.slice());
  loc.container.children.splice(loc.index, blocks.length, cc);
  ctx.model.structureChanged();
  ctx.changed();
  return cc;
}

/** Wraps everything in a container (Body.insertContentControl, WORD-SEMANTICS 19). */
export function wrapContainer(ctx: HostCtx, container: ContainerNode, location: string): ControlNode {
  ctx.checkWrite(location);
  const cc = newControl(ctx.model.controlId(), {}, container.children.slice());
  container.children.splice(0, container.children.length, cc);
  ctx.model.structureChanged();
  ctx.changed();
  return cc;
}

/**
 * Paragraph.delete. WORD-SEMANTICS 37 (MS, issue 4975): the first or last paragraph of a control
 * carries its tags, so deleting it removes the control too (its other content stays).
 */
export function deleteParagraph(ctx: HostCtx, para: ParagraphNode, location: string): void {
  const loc = locate(ctx, para, location);
  ctx.checkContentEdit(location, para);
  if (T.isTracking(ctx)) {
    // WORD-SEMANTICS 54: under tracking the paragraph stays, its text read back until accepted.
    T.trackDeletedParagraph(ctx, para);
    ctx.changed();
    return;
  }
  const owners: ControlNode[] = [];
  if (ctx.options.paragraphOwnsControlTags) {
    let node: BlockNode = para;
    let l = loc;
    while (l.container.kind === "control" && (l.index === 0 || l.index === l.container.children.length - 1)) {
      owners.push(l.container);
      node = l.container;
      const next = ctx.model.tree.location(node);
      if (!next) break;
      l = next;
    }
  }
  loc.container.children.splice(loc.index, 1);
  // Innermost owner first: a control left with no content goes; otherwise only its tags go.
  for (const cc of owners) {
    const where = ctx.model.tree.location(cc);
    if (!where) continue;
    const i = where.container.children.indexOf(cc);
    if (i < 0) continue;
    if (cc.children.length === 0) where.container.children.splice(i, 1);
    else where.container.children.splice(i, 1, ...cc.children);
  }
  ctx.model.structureChanged();
  ctx.changed();
}

/** ContentControl.delete(keepContent), WORD-SEMANTICS 36. */
export function deleteControl(ctx: HostCtx, cc: ControlNode, keepContent: boolean, location: string): void {
  locate(ctx, cc, location);
  ctx.checkWrite(location);
  if (!keepContent && T.isTracking(ctx)) T.trackDeletedControl(ctx, cc); // WORD-SEMANTICS 55
  else if (keepContent) ctx.model.unwrapControl(cc);
  else ctx.model.removeBlock(cc);
  ctx.changed();
}

/** clear(): the container keeps one empty paragraph (WORD-SEMANTICS 27, 38). */
/**
 * Emptying a container (clear, insertText "Replace") that holds a cannotDelete control fails with
 * NotAllowed: Microsoft, office-js issue 2829, "by design" for clear(); the same for Replace, which
 * removes the control just as well (INFERRED, the stricter reading). The container's own lock does
 * not count: it stays.
 */
function refuseRemovingLocked(ctx: HostCtx, container: ContainerNode, location: string): void {
  if (controlsIn(container.children).some((c) => c.cannotDelete)) ctx.error("NotAllowed", location);
}

export function clearContainer(ctx: HostCtx, container: ContainerNode, location: string): void {
  ctx.checkContentEdit(location, container);
  refuseRemovingLocked(ctx, container, location);
  if (T.isTracking(ctx)) return T.trackedClear(ctx, container); // WORD-SEMANTICS 54
  const first = paragraphsIn(container.children)[0];
  container.children.splice(0, container.children.length, ctx.model.newParagraph("", first ? first.style : "Normal"));
  ctx.model.structureChanged();
  ctx.changed();
}

/** The innermost control containing a range (for a control's own Whole/Content: itself). */
export function rangeParentControl(ctx: HostCtx, r: RangeRef): ControlNode | null {
  if (r.kind === "node" && r.node.kind === "control" && (r.part === "Whole" || r.part === "Content" || r.part === "Start" || r.part === "End"))
    return r.node;
  const anchor = r.kind === "text" ? r.para : r.kind === "span" ? r.from : r.node.kind === "story" ? null : r.node;
  if (!anchor) return null;
  const around = ctx.model.tree.controlsAround(anchor);
  return around[around.length - 1] ?? null;
}

export function containerOfNode(node: BlockNode | StoryNode | TableCellNode): ContainerNode | null {
  return node.kind === "story" || node.kind === "control" || node.kind === "cell" ? node : null;
}

export function blocksOf(node: BlockNode | StoryNode | TableCellNode): BlockNode[] {
  return contentBlocks(node);
}

/** Removes a whole control or table as part of a range delete. */
export function deleteControlOrTable(ctx: HostCtx, node: BlockNode, location: string): void {
  locate(ctx, node, location);
  ctx.checkContentEdit(location, node as ControlNode);
  if (node.kind === "control" && node.cannotDelete) ctx.error("GeneralException", location);
  if (T.isTracking(ctx)) {
    // WORD-SEMANTICS 55: under tracking a cannotEdit control can't be deleted; others stay as tracked deletions.
    if (node.kind === "control" && node.cannotEdit) ctx.error("GeneralException", location);
    if (node.kind === "control") T.trackDeletedControl(ctx, node);
    else for (const p of paragraphsIn([node])) T.trackDeletedParagraph(ctx, p);
    ctx.changed();
    return;
  }
  ctx.model.removeBlock(node);
  ctx.changed();
}
