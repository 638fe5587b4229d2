/** Range and RangeCollection (WORD-SEMANTICS 21); search lives in search.ts. */
import * as E from "./edits";
import type { HostCtx, HostObj, ObjOf, TypeDef } from "./hostObjects";
import { controlsIn } from "./modelTree";
import type { RangeRef } from "./modelTypes";
import { nodeRange, parasOfRange, rangeText, selectRange, styleProps } from "./typesText";
import { insertTable } from "./typesTable";
import { searchIn } from "./search";
import { isTracking, trackDeletedText, trackedReplaceText } from "./tracking";

type R = ObjOf<"Range">;

const firstBlock = (ctx: HostCtx, r: RangeRef) => E.rangeBlocks(ctx, r)[0];
const lastBlock = (ctx: HostCtx, r: RangeRef) => E.rangeBlocks(ctx, r).slice(-1)[0];

export const RangeType: TypeDef<R> = {
  props: {
    Text: { get: (o, ctx) => rangeText(ctx, o.r) },
    IsEmpty: { get: (o, ctx) => rangeText(ctx, o.r) === "" },
    ...styleProps<R>((o, ctx) => parasOfRange(ctx, o.r), "Range"),
  },
  navs: {
    Paragraphs: (o, ctx) => ({ t: "ParagraphCollection", list: () => parasOfRange(ctx, o.r) }),
    ContentControls: (o, ctx) => ({
      t: "ContentControlCollection",
      list: () => (o.r.kind === "text" ? [] : controlsIn(E.rangeBlocks(ctx, o.r)).filter((c) => c.type === "RichText")),
    }),
    Font: () => ({ t: "Font", owner: null }),
    ParentContentControl: (o, ctx) => {
      const cc = E.rangeParentControl(ctx, o.r);
      return cc ? { t: "ContentControl", cc } : ctx.error("ItemNotFound", "Range.parentContentControl");
    },
    ParentContentControlOrNullObject: (o, ctx) => {
      const cc = E.rangeParentControl(ctx, o.r);
      return cc ? { t: "ContentControl", cc } : null;
    },
    ParentBody: (o, ctx) => {
      const b = firstBlock(ctx, o.r);
      return { t: "Body", story: (b && ctx.model.tree.storyOf(b)) || ctx.model.body };
    },
    ParentTable: (o, ctx) => {
      const table = ctx.model.tableOfCellContaining(firstBlock(ctx, o.r));
      return table ? { t: "Table", table } : ctx.error("ItemNotFound", "Range.parentTable");
    },
    ParentTableOrNullObject: (o, ctx) => {
      const table = ctx.model.tableOfCellContaining(firstBlock(ctx, o.r));
      return table ? { t: "Table", table } : null;
    },
  },
  methods: {
    // WORD-SEMANTICS 21: Before/After only.
    InsertParagraph: {
      call: (o, [text, loc], ctx) => {
        const where = E.normaliseLocation(loc, ["Before", "After"], "Range.insertParagraph", ctx) as "Before" | "After";
        const block = where === "Before" ? firstBlock(ctx, o.r) : lastBlock(ctx, o.r);
        const anchor = block.kind === "paragraph" ? E.outerAnchor(ctx, block, where) : block;
        return { t: "Paragraph", p: E.insertParagraphBeside(ctx, anchor, where, String(text ?? ""), "Range.insertParagraph") };
      },
    },
    InsertText: {
      call: (o, [text, loc], ctx) => {
        const where = E.normaliseLocation(loc, ["Replace", "Start", "End", "Before", "After"], "Range.insertText", ctx);
        const t = String(text ?? "");
        const r = o.r;
        if (r.kind === "text") {
          if (where === "Replace") {
            ctx.checkContentEdit("Range.insertText", r.para);
            if (isTracking(ctx)) return { t: "Range", r: trackedReplaceText(ctx, r.para, r.start, r.end, t) }; // WORD-SEMANTICS 53
            r.para.text = r.para.text.slice(0, r.start) + t + r.para.text.slice(r.end);
            ctx.changed();
            return { t: "Range", r: { kind: "text", para: r.para, start: r.start, end: r.start + t.length } };
          }
          const at = where === "Start" || where === "Before" ? r.start : r.end;
          return { t: "Range", r: E.insertTextAt(ctx, r.para, at, t, "Range.insertText") };
        }
        if (r.kind === "node" && r.node.kind !== "paragraph" && r.node.kind !== "table" && (r.part === "Whole" || r.part === "Content"))
          return { t: "Range", r: E.insertTextInContainer(ctx, r.node, t, where === "Before" ? "Start" : where === "After" ? "End" : where, "Range.insertText") };
        const paras = parasOfRange(ctx, r);
        const atStart = where === "Start" || where === "Before" || (r.kind === "node" && (r.part === "Start" || r.part === "Before"));
        const para = atStart ? paras[0] : paras[paras.length - 1];
        if (where === "Replace" && r.kind === "node" && r.node.kind === "paragraph") {
          ctx.checkContentEdit("Range.insertText", para);
          if (isTracking(ctx)) return { t: "Range", r: trackedReplaceText(ctx, para, 0, para.text.length, t) }; // WORD-SEMANTICS 53
          para.text = t;
          ctx.changed();
          return { t: "Range", r: { kind: "text", para, start: 0, end: t.length } };
        }
        return { t: "Range", r: E.insertTextAt(ctx, para, atStart ? 0 : para.text.length, t, "Range.insertText") };
      },
    },
    // WORD-SEMANTICS 21/24: wraps the range in a new rich-text control (block-level only here);
    // a control's Whole range (63) wraps the control and the paragraph after it.
    InsertContentControl: {
      call: (o, _a, ctx) => {
        const r = o.r;
        if (r.kind === "node" && r.node.kind === "story") return { t: "ContentControl", cc: E.wrapContainer(ctx, r.node, "Range.insertContentControl") };
        // WORD-SEMANTICS 63: a control's Whole range whose paragraph mark after it is another
        // control's, a table's or the container's end: the new control would intersect it.
        if (r.kind === "node" && r.nextMarkBlocked)
          ctx.error("GeneralException", "Range.insertContentControl", "The new content control would intersect another element.");
        if (r.kind === "text" && !(r.start === 0 && r.end === r.para.text.length))
          ctx.error("NotImplemented", "Range.insertContentControl", "The emulator does not model inline content controls.");
        return { t: "ContentControl", cc: E.wrapBlocks(ctx, E.rangeBlocks(ctx, r), "Range.insertContentControl") };
      },
    },
    ExpandTo: { call: (o, [other], ctx) => expand(ctx, o, other) },
    ExpandToOrNullObject: { call: (o, [other], ctx) => expand(ctx, o, other) },
    GetRange: {
      call: (o, [loc], ctx) => {
        const r = o.r;
        if (r.kind === "node") return nodeRange(ctx, r.node, loc, ["Whole", "Start", "End", "Before", "After", "Content"], "Range.getRange");
        if (r.kind === "text") {
          const l = typeof loc === "string" ? loc.toLowerCase() : "whole";
          const at = l === "start" || l === "before" ? r.start : l === "end" || l === "after" ? r.end : -1;
          return { t: "Range", r: at < 0 ? r : { kind: "text", para: r.para, start: at, end: at } };
        }
        return o;
      },
    },
    Select: { call: (o, [mode], ctx) => selectRange(ctx, o.r, mode, "Range.select") },
    Search: { call: (o, [text, opts], ctx) => searchIn(ctx, parasOfRange(ctx, o.r), text, opts, "Range.search") },
    _Search2: { call: (o, [text, flags], ctx) => searchIn(ctx, parasOfRange(ctx, o.r), text, flags, "Range.search") },
    Delete: {
      call: (o, _a, ctx) => {
        const r = o.r;
        if (r.kind === "text") {
          ctx.checkContentEdit("Range.delete", r.para);
          if (isTracking(ctx)) trackDeletedText(ctx, r.para, r.start, r.end); // WORD-SEMANTICS 54
          else r.para.text = r.para.text.slice(0, r.start) + r.para.text.slice(r.end);
          ctx.changed();
        } else if (r.kind === "node" && r.node.kind !== "story" && r.part !== "Whole") {
          // WORD-SEMANTICS 40: "Content" empties the object and keeps it; Start/End/Before/After are empty.
          if (r.part === "Content" && r.node.kind === "control") E.clearContainer(ctx, r.node, "Range.delete");
        } else for (const b of E.rangeBlocks(ctx, r)) if (b.kind === "paragraph") E.deleteParagraph(ctx, b, "Range.delete");
          else E.deleteControlOrTable(ctx, b, "Range.delete");
      },
    },
    InsertTable: {
      call: (o, [rows, cols, loc, values], ctx) => {
        const where = E.normaliseLocation(loc, ["Before", "After"], "Range.insertTable", ctx) as "Before" | "After";
        const anchor = where === "Before" ? firstBlock(ctx, o.r) : lastBlock(ctx, o.r);
        return insertTable(ctx, { anchor, where }, rows, cols, values, "Range.insertTable");
      },
    },
  },
};

function expand(ctx: HostCtx, o: R, other: unknown): HostObj {
  const target = other as HostObj | null;
  if (!target || target.t !== "Range") ctx.error("InvalidArgument", "Range.expandTo");
  const from = firstBlock(ctx, o.r);
  const to = lastBlock(ctx, target.r);
  if (from === to && o.r.kind === "text" && target.r.kind === "text" && o.r.para === target.r.para)
    return { t: "Range", r: { kind: "text", para: o.r.para, start: Math.min(o.r.start, target.r.start), end: Math.max(o.r.end, target.r.end) } };
  return { t: "Range", r: { kind: "span", from, to } };
}

export const RangeCollectionType: TypeDef<ObjOf<"RangeCollection">> = {
  items: (o) => o.list().map((r) => ({ t: "Range", r })),
  methods: {
    GetFirst: { call: (o, _a, ctx) => (o.list()[0] ? { t: "Range", r: o.list()[0] } : ctx.error("ItemNotFound", "RangeCollection.getFirst")) },
    GetFirstOrNullObject: { call: (o) => (o.list()[0] ? { t: "Range", r: o.list()[0] } : null) },
  },
};
