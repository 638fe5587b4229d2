/** ContentControl and ContentControlCollection as Word answers them (WORD-SEMANTICS 28–40). */
import * as E from "./edits";
import type { HostCtx, HostObj, ObjOf, PropDef, TypeDef } from "./hostObjects";
import { controlsIn, paragraphsIn } from "./modelTree";
import type { ControlNode } from "./modelTypes";
import { blocksTextOf, listedParagraphs, nodeRange, selectRange, styleProps } from "./typesText";
import { searchIn } from "./search";
import { insertTable } from "./typesTable";

type CC = ObjOf<"ContentControl">;

function live(ctx: HostCtx, cc: ControlNode, where: string): ControlNode {
  E.locate(ctx, cc, where);
  return cc;
}

function stringProp(key: "tag" | "title" | "placeholderText" | "color"): PropDef<CC> {
  return {
    get: (o) => o.cc[key],
    set: (o, v, ctx) => {
      ctx.checkWrite(`ContentControl.${key}`);
      // WORD-SEMANTICS 31: the full title is stored; Word only shows 64 characters.
      o.cc[key] = String(v ?? "");
      ctx.changed();
    },
  };
}

function lockProp(key: "cannotEdit" | "cannotDelete" | "removeWhenEdited"): PropDef<CC> {
  return {
    get: (o) => o.cc[key],
    set: (o, v, ctx) => {
      ctx.checkWrite(`ContentControl.${key}`);
      const next = { ...o.cc, [key]: Boolean(v) };
      // WORD-SEMANTICS 29 (INFERRED): cannotDelete and removeWhenEdited are mutually exclusive.
      if (next.cannotDelete && next.removeWhenEdited) ctx.error("InvalidArgument", `ContentControl.${key}`);
      o.cc[key] = Boolean(v);
      ctx.changed();
    },
  };
}

const placeholderText = stringProp("placeholderText");

const richText = (list: ControlNode[]) => list.filter((c) => c.type === "RichText"); // WORD-SEMANTICS 34

export const ContentControlType: TypeDef<CC> = {
  props: {
    Id: { get: (o) => o.cc.id },
    Tag: stringProp("tag"),
    Title: stringProp("title"),
    PlaceholderText: {
      get: placeholderText.get,
      set: (o, v, ctx) => {
        // WORD-SEMANTICS 66 (MS, issues 785 and 6568, by design): not settable on Word on the web.
        if (ctx.options.platform === "OfficeOnline") ctx.error("NotAllowed", "ContentControl.placeholderText");
        placeholderText.set!(o, v, ctx);
      },
    },
    Color: stringProp("color"),
    Appearance: {
      get: (o) => o.cc.appearance,
      set: (o, v, ctx) => {
        // WORD-SEMANTICS 28: "None" (from the tutorial) is not a value of the enum.
        const hit = ["BoundingBox", "Tags", "Hidden"].find((a) => typeof v === "string" && a.toLowerCase() === v.toLowerCase());
        if (!hit) ctx.error("InvalidArgument", "ContentControl.appearance");
        ctx.checkWrite("ContentControl.appearance");
        o.cc.appearance = hit as ControlNode["appearance"];
        ctx.changed();
      },
    },
    CannotEdit: lockProp("cannotEdit"),
    CannotDelete: lockProp("cannotDelete"),
    RemoveWhenEdited: lockProp("removeWhenEdited"),
    Type: { get: (o) => o.cc.type },
    Subtype: { get: (o) => (o.cc.type === "RichText" ? "RichTextParagraphs" : o.cc.type) },
    Text: { get: (o, ctx) => blocksTextOf(ctx, [o.cc]) },
    ...styleProps<CC>((o) => paragraphsIn(o.cc.children), "ContentControl"),
  },
  navs: {
    Paragraphs: (o, ctx) => ({ t: "ParagraphCollection", list: () => listedParagraphs(ctx, o.cc.children) }),
    ContentControls: (o) => ({ t: "ContentControlCollection", list: () => richText(controlsIn(o.cc.children)) }),
    Tables: (o) => ({ t: "TableCollection", list: () => o.cc.children.filter((b) => b.kind === "table") }),
    Font: (o) => ({ t: "Font", owner: o.cc }),
    ParentContentControl: (o, ctx) => {
      const around = ctx.model.tree.controlsAround(live(ctx, o.cc, "ContentControl.parentContentControl"));
      const parent = around[around.length - 1];
      return parent ? { t: "ContentControl", cc: parent } : ctx.error("ItemNotFound", "ContentControl.parentContentControl");
    },
    ParentContentControlOrNullObject: (o, ctx) => {
      const around = ctx.model.tree.controlsAround(o.cc);
      const parent = around[around.length - 1];
      return parent ? { t: "ContentControl", cc: parent } : null;
    },
    ParentBody: (o, ctx) => ({ t: "Body", story: ctx.model.tree.storyOf(o.cc) ?? ctx.model.body }),
  },
  methods: {
    // WORD-SEMANTICS 18/22: Start/End inside the tags, Before/After outside; End goes on into a
    // last nested control (64).
    InsertParagraph: {
      call: (o, [text, loc], ctx) => {
        // WORD-SEMANTICS 66 (USER, office-js-docs issue 1284, 2018): an option, see options.ts.
        if (ctx.options.platform === "OfficeOnline" && ctx.options.webContentControlInsertParagraph === "notAllowed")
          ctx.error("NotAllowed", "ContentControl.insertParagraph");
        const where = E.normaliseLocation(loc, ["Start", "End", "Before", "After"], "ContentControl.insertParagraph", ctx);
        const cc = live(ctx, o.cc, "ContentControl.insertParagraph");
        const t = String(text ?? "");
        const p =
          where === "Start" || where === "End"
            ? E.insertParagraphInside(ctx, cc, where, t, "ContentControl.insertParagraph")
            : E.insertParagraphBeside(ctx, cc, where as "Before" | "After", t, "ContentControl.insertParagraph");
        return { t: "Paragraph", p };
      },
    },
    InsertText: {
      call: (o, [text, loc], ctx) => {
        const where = E.normaliseLocation(loc, ["Replace", "Start", "End"], "ContentControl.insertText", ctx);
        const cc = live(ctx, o.cc, "ContentControl.insertText");
        return { t: "Range", r: E.insertTextInContainer(ctx, cc, String(text ?? ""), where, "ContentControl.insertText") };
      },
    },
    InsertContentControl: { call: (o, _a, ctx) => ({ t: "ContentControl", cc: E.wrapBlocks(ctx, [live(ctx, o.cc, "ContentControl.insertContentControl")], "ContentControl.insertContentControl") }) },
    Delete: {
      call: (o, [keepContent], ctx) => {
        const cc = live(ctx, o.cc, "ContentControl.delete");
        // cannotDelete protects the control from deletion; an API delete is refused too (stricter reading).
        if (cc.cannotDelete) ctx.error("GeneralException", "ContentControl.delete");
        // WORD-SEMANTICS 55: under tracking a cannotEdit control can't be deleted at all.
        if (ctx.model.changeTrackingMode !== "Off" && cc.cannotEdit) ctx.error("GeneralException", "ContentControl.delete");
        if (!keepContent) ctx.checkContentEdit("ContentControl.delete", cc);
        E.deleteControl(ctx, cc, Boolean(keepContent), "ContentControl.delete");
      },
    },
    // WORD-SEMANTICS 38: clear keeps the control, its tag and title.
    Clear: { call: (o, _a, ctx) => E.clearContainer(ctx, live(ctx, o.cc, "ContentControl.clear"), "ContentControl.clear") },
    GetRange: { call: (o, [loc], ctx) => nodeRange(ctx, live(ctx, o.cc, "ContentControl.getRange"), loc, ["Whole", "Start", "End", "Before", "After", "Content"], "ContentControl.getRange") },
    Select: { call: (o, [mode], ctx) => selectRange(ctx, { kind: "node", node: live(ctx, o.cc, "ContentControl.select"), part: "Whole" }, mode, "ContentControl.select") },
    Search: { call: (o, [text, opts], ctx) => searchIn(ctx, paragraphsIn(o.cc.children), text, opts, "ContentControl.search") },
    _Search2: { call: (o, [text, flags], ctx) => searchIn(ctx, paragraphsIn(o.cc.children), text, flags, "ContentControl.search") },
    InsertTable: {
      call: (o, [rows, cols, loc, values], ctx) => {
        const where = E.normaliseLocation(loc, ["Start", "End", "Before", "After"], "ContentControl.insertTable", ctx);
        const spot = where === "Start" || where === "End" ? { container: o.cc, where } : { anchor: o.cc, where: where as "Before" | "After" };
        return insertTable(ctx, spot as Parameters<typeof insertTable>[1], rows, cols, values, "ContentControl.insertTable");
      },
    },
  },
};

const wrapCC = (cc: ControlNode | undefined): HostObj | null => (cc ? { t: "ContentControl", cc } : null);

export const ContentControlCollectionType: TypeDef<ObjOf<"ContentControlCollection">> = {
  items: (o) => o.list().map((cc) => ({ t: "ContentControl", cc })),
  // getItem(id) travels as an Indexer; WORD-SEMANTICS 35 (INFERRED): missing id → ItemNotFound.
  indexer: (o, key, ctx) => wrapCC(o.list().find((c) => c.id === Number(key))) ?? ctx.error("ItemNotFound", "ContentControlCollection.getItem"),
  methods: {
    // WORD-SEMANTICS 32: exact, case-sensitive match, nested controls included, document order.
    GetByTag: { call: (o, [tag]) => ({ t: "ContentControlCollection", list: () => o.list().filter((c) => c.tag === tag) }) },
    GetByTitle: { call: (o, [title]) => ({ t: "ContentControlCollection", list: () => o.list().filter((c) => c.title === title) }) },
    GetByTypes: {
      call: (o, [types]) => ({
        t: "ContentControlCollection",
        list: () => o.list().filter((c) => Array.isArray(types) && types.some((t) => String(t).toLowerCase() === c.type.toLowerCase())),
      }),
    },
    // WORD-SEMANTICS 35: getById fails at sync when the id is missing.
    GetById: { call: (o, [id], ctx) => wrapCC(o.list().find((c) => c.id === Number(id))) ?? ctx.error("ItemNotFound", "ContentControlCollection.getById") },
    GetByIdOrNullObject: { call: (o, [id]) => wrapCC(o.list().find((c) => c.id === Number(id))) },
    // WORD-SEMANTICS 13: getFirst on an empty collection fails at sync, not at the call.
    GetFirst: { call: (o, _a, ctx) => wrapCC(o.list()[0]) ?? ctx.error("ItemNotFound", "ContentControlCollection.getFirst") },
    GetFirstOrNullObject: { call: (o) => wrapCC(o.list()[0]) },
  },
};
