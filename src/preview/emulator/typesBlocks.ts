/** Document, Body, Paragraph(Collection) and Font as Word answers them. */
import * as E from "./edits";
import type { HostCtx, HostObj, ObjOf, TypeDef } from "./hostObjects";
import { controlsIn, paragraphsIn } from "./modelTree";
import type { ParagraphNode } from "./modelTypes";
import { FONT_DEFAULTS, blocksTextOf, listedParagraphs, nodeRange, paragraphText, selectRange, styleProps } from "./typesText";
import { searchIn } from "./search";
import { insertTable } from "./typesTable";
import { isTracking, trackedReplaceText } from "./tracking";
import { PARAGRAPH_EVENTS, eventSourceOf, paragraphUniqueLocalId } from "./events";

const richText = (list: ReturnType<typeof controlsIn>) => list.filter((c) => c.type === "RichText"); // WORD-SEMANTICS 34

export const DocumentType: TypeDef<ObjOf<"Document">> = {
  props: {
    ChangeTrackingMode: {
      get: (_o, ctx) => ctx.model.changeTrackingMode,
      set: (_o, v, ctx) => {
        ctx.checkWrite("Document.changeTrackingMode");
        const mode = ["Off", "TrackAll", "TrackMineOnly"].find((m) => typeof v === "string" && m.toLowerCase() === v.toLowerCase());
        if (!mode) ctx.error("InvalidArgument", "Document.changeTrackingMode");
        ctx.model.changeTrackingMode = mode as typeof ctx.model.changeTrackingMode;
      },
    },
    Saved: { get: () => true },
  },
  navs: {
    Body: (_o, ctx) => ({ t: "Body", story: ctx.model.body }),
    // WORD-SEMANTICS 33: the document's controls include headers, footers and footnotes.
    ContentControls: (_o, ctx) => ({ t: "ContentControlCollection", list: () => richText(ctx.model.allControls()) }),
    CustomXmlParts: () => ({ t: "CustomXmlPartCollection" }),
    Sections: () => ({ t: "SectionCollection" }),
    Settings: () => ({ t: "SettingCollection" }),
  },
  methods: {
    GetSelection: { call: (_o, _a, ctx) => ({ t: "Range", r: ctx.model.selection }) },
    // WordApi 1.6 paragraph events (events.ts): the add-in's first/last handler of each.
    ...paragraphEventMethods(),
  },
};

function paragraphEventMethods(): NonNullable<TypeDef<ObjOf<"Document">>["methods"]> {
  const out: NonNullable<TypeDef<ObjOf<"Document">>["methods"]> = {};
  for (const name of PARAGRAPH_EVENTS) {
    out[`_Register${name}Event`] = { call: (_o, _a, ctx) => void eventSourceOf(ctx.model)?.register(name) };
    out[`_Unregister${name}Event`] = { call: (_o, _a, ctx) => void eventSourceOf(ctx.model)?.unregister(name) };
  }
  return out;
}

export const BodyType: TypeDef<ObjOf<"Body">> = {
  props: {
    Text: { get: (o, ctx) => blocksTextOf(ctx, o.story.children) },
    Type: { get: (o) => (o.story.kind === "cell" ? "TableCell" : o.story.type) },
    ...styleProps<ObjOf<"Body">>((o) => paragraphsIn(o.story.children), "Body"),
  },
  navs: {
    Paragraphs: (o, ctx) => ({ t: "ParagraphCollection", list: () => listedParagraphs(ctx, o.story.children) }),
    ContentControls: (o) => ({ t: "ContentControlCollection", list: () => richText(controlsIn(o.story.children)) }),
    Tables: (o) => ({ t: "TableCollection", list: () => o.story.children.filter((b) => b.kind === "table") }),
    Font: () => ({ t: "Font", owner: null }),
    ParentContentControlOrNullObject: () => null,
    ParentContentControl: (_o, ctx) => ctx.error("ItemNotFound", "Body.parentContentControl"),
  },
  methods: {
    // WORD-SEMANTICS 19: Start/End only; "End" makes it the last paragraph of the body.
    InsertParagraph: {
      call: (o, [text, loc], ctx) => {
        const where = E.normaliseLocation(loc, ["Start", "End"], "Body.insertParagraph", ctx) as "Start" | "End";
        return { t: "Paragraph", p: E.insertParagraphInside(ctx, o.story, where, String(text ?? ""), "Body.insertParagraph") };
      },
    },
    InsertText: {
      call: (o, [text, loc], ctx) => {
        const where = E.normaliseLocation(loc, ["Replace", "Start", "End"], "Body.insertText", ctx);
        return { t: "Range", r: E.insertTextInContainer(ctx, o.story, String(text ?? ""), where, "Body.insertText") };
      },
    },
    InsertContentControl: { call: (o, _a, ctx) => ({ t: "ContentControl", cc: E.wrapContainer(ctx, o.story, "Body.insertContentControl") }) },
    // WORD-SEMANTICS 27: clear() leaves one empty paragraph.
    Clear: { call: (o, _a, ctx) => E.clearContainer(ctx, o.story, "Body.clear") },
    GetRange: { call: (o, [loc], ctx) => nodeRange(ctx, o.story, loc, ["Whole", "Start", "End", "Content"], "Body.getRange") },
    Select: { call: (o, [mode], ctx) => selectRange(ctx, { kind: "node", node: o.story.kind === "cell" ? { kind: "story", type: "MainDoc", children: o.story.children } : o.story, part: "Whole" }, mode, "Body.select") },
    Search: { call: (o, [text, opts], ctx) => searchIn(ctx, paragraphsIn(o.story.children), text, opts, "Body.search") },
    _Search2: { call: (o, [text, flags], ctx) => searchIn(ctx, paragraphsIn(o.story.children), text, flags, "Body.search") },
    InsertTable: {
      call: (o, [rows, cols, loc, values], ctx) => {
        const where = E.normaliseLocation(loc, ["Start", "End"], "Body.insertTable", ctx);
        return insertTable(ctx, { container: o.story, where: where as "Start" | "End" }, rows, cols, values, "Body.insertTable");
      },
    },
  },
};

function paraOf(ctx: HostCtx, p: ParagraphNode, where: string): ParagraphNode {
  E.locate(ctx, p, where);
  return p;
}

function nextParagraph(ctx: HostCtx, p: ParagraphNode, step: 1 | -1): ParagraphNode | null {
  const story = ctx.model.tree.storyOf(p);
  if (!story) return null;
  const all = paragraphsIn(story.children);
  return all[all.indexOf(p) + step] ?? null;
}

const parentControl = (ctx: HostCtx, p: ParagraphNode) => {
  const around = ctx.model.tree.controlsAround(p);
  return around[around.length - 1] ?? null;
};

export const ParagraphType: TypeDef<ObjOf<"Paragraph">> = {
  props: {
    Text: { get: (o, ctx) => paragraphText(ctx, o.p) },
    ...styleProps<ObjOf<"Paragraph">>((o) => [o.p], "Paragraph"),
    IsListItem: { get: (o) => Boolean(o.p.list) },
    TableNestingLevel: { get: (o, ctx) => ctx.model.tree.tableNestingLevel(o.p) },
    IsLastParagraph: { get: (o, ctx) => nextParagraph(ctx, o.p, 1) === null },
    OutlineLevel: { get: (o) => (/^Heading (\d)$/.exec(o.p.style)?.[1] ? Number(/^Heading (\d)$/.exec(o.p.style)?.[1]) : 10) },
    Alignment: { get: () => "Left" },
    FirstLineIndent: { get: () => 0 },
    LeftIndent: { get: () => 0 },
    RightIndent: { get: () => 0 },
    LineSpacing: { get: () => 12 },
    SpaceBefore: { get: () => 0 },
    SpaceAfter: { get: () => 8 },
    LineUnitBefore: { get: () => 0 },
    LineUnitAfter: { get: () => 0 },
    // WordApi 1.6 (client supplement): stable across the session, like Word's.
    UniqueLocalId: { get: (o) => paragraphUniqueLocalId(o.p.id), noDefault: true },
  },
  navs: {
    Font: () => ({ t: "Font", owner: null }),
    // Inline controls are not modelled: a paragraph holds none of its own.
    ContentControls: () => ({ t: "ContentControlCollection", list: () => [] }),
    ParentContentControl: (o, ctx) => {
      const cc = parentControl(ctx, paraOf(ctx, o.p, "Paragraph.parentContentControl"));
      // WORD-SEMANTICS 13: parentContentControl outside any control fails at sync.
      return cc ? { t: "ContentControl", cc } : ctx.error("ItemNotFound", "Paragraph.parentContentControl");
    },
    ParentContentControlOrNullObject: (o, ctx) => {
      const cc = parentControl(ctx, o.p);
      return cc ? { t: "ContentControl", cc } : null;
    },
    ParentBody: (o, ctx) => ({ t: "Body", story: ctx.model.tree.storyOf(o.p) ?? ctx.model.body }),
    ParentTable: (o, ctx) => {
      const table = ctx.model.tableOfCellContaining(o.p);
      return table ? { t: "Table", table } : ctx.error("ItemNotFound", "Paragraph.parentTable");
    },
    ParentTableOrNullObject: (o, ctx) => {
      const table = ctx.model.tableOfCellContaining(o.p);
      return table ? { t: "Table", table } : null;
    },
  },
  methods: {
    // WORD-SEMANTICS 20/25/26: Before/After only; at a control's edge it lands outside the control.
    InsertParagraph: {
      call: (o, [text, loc], ctx) => {
        const where = E.normaliseLocation(loc, ["Before", "After"], "Paragraph.insertParagraph", ctx) as "Before" | "After";
        const anchor = E.outerAnchor(ctx, paraOf(ctx, o.p, "Paragraph.insertParagraph"), where);
        return { t: "Paragraph", p: E.insertParagraphBeside(ctx, anchor, where, String(text ?? ""), "Paragraph.insertParagraph") };
      },
    },
    InsertText: {
      call: (o, [text, loc], ctx) => {
        const where = E.normaliseLocation(loc, ["Replace", "Start", "End"], "Paragraph.insertText", ctx);
        const p = paraOf(ctx, o.p, "Paragraph.insertText");
        const t = String(text ?? "");
        if (where === "Replace") {
          ctx.checkContentEdit("Paragraph.insertText", p);
          if (isTracking(ctx)) return { t: "Range", r: trackedReplaceText(ctx, p, 0, p.text.length, t) }; // WORD-SEMANTICS 53
          p.text = t;
          ctx.changed();
          return { t: "Range", r: { kind: "text", para: p, start: 0, end: t.length } };
        }
        return { t: "Range", r: E.insertTextAt(ctx, p, where === "Start" ? 0 : p.text.length, t, "Paragraph.insertText") };
      },
    },
    InsertContentControl: { call: (o, _a, ctx) => ({ t: "ContentControl", cc: E.wrapBlocks(ctx, [paraOf(ctx, o.p, "Paragraph.insertContentControl")], "Paragraph.insertContentControl") }) },
    Delete: { call: (o, _a, ctx) => E.deleteParagraph(ctx, o.p, "Paragraph.delete") },
    Clear: {
      call: (o, _a, ctx) => {
        ctx.checkContentEdit("Paragraph.clear", paraOf(ctx, o.p, "Paragraph.clear"));
        o.p.text = "";
        ctx.changed();
      },
    },
    GetNext: { call: (o, _a, ctx) => wrapPara(nextParagraph(ctx, o.p, 1)) ?? ctx.error("ItemNotFound", "Paragraph.getNext") },
    GetNextOrNullObject: { call: (o, _a, ctx) => wrapPara(nextParagraph(ctx, o.p, 1)) },
    GetPrevious: { call: (o, _a, ctx) => wrapPara(nextParagraph(ctx, o.p, -1)) ?? ctx.error("ItemNotFound", "Paragraph.getPrevious") },
    GetPreviousOrNullObject: { call: (o, _a, ctx) => wrapPara(nextParagraph(ctx, o.p, -1)) },
    GetRange: { call: (o, [loc], ctx) => nodeRange(ctx, o.p, loc, ["Whole", "Start", "End", "Content"], "Paragraph.getRange") },
    Select: { call: (o, [mode], ctx) => selectRange(ctx, { kind: "node", node: o.p, part: "Whole" }, mode, "Paragraph.select") },
    Search: { call: (o, [text, opts], ctx) => searchIn(ctx, [o.p], text, opts, "Paragraph.search") },
    _Search2: { call: (o, [text, flags], ctx) => searchIn(ctx, [o.p], text, flags, "Paragraph.search") },
    InsertTable: {
      call: (o, [rows, cols, loc, values], ctx) => {
        const where = E.normaliseLocation(loc, ["Before", "After"], "Paragraph.insertTable", ctx) as "Before" | "After";
        return insertTable(ctx, { anchor: o.p, where }, rows, cols, values, "Paragraph.insertTable");
      },
    },
  },
};

function wrapPara(p: ParagraphNode | null | undefined): HostObj | null {
  return p ? { t: "Paragraph", p } : null;
}

export const ParagraphCollectionType: TypeDef<ObjOf<"ParagraphCollection">> = {
  items: (o) => o.list().map((p) => ({ t: "Paragraph", p })),
  methods: {
    // WORD-SEMANTICS 13: getFirst on an empty collection fails at sync.
    GetFirst: { call: (o, _a, ctx) => wrapPara(o.list()[0]) ?? ctx.error("ItemNotFound", "ParagraphCollection.getFirst") },
    GetFirstOrNullObject: { call: (o) => wrapPara(o.list()[0]) },
    GetLast: { call: (o, _a, ctx) => wrapPara(o.list().slice(-1)[0]) ?? ctx.error("ItemNotFound", "ParagraphCollection.getLast") },
    GetLastOrNullObject: { call: (o) => wrapPara(o.list().slice(-1)[0]) },
  },
};

export const FontType: TypeDef<ObjOf<"Font">> = {
  props: Object.fromEntries(
    Object.keys(FONT_DEFAULTS).map((name) => [
      name,
      {
        get: (o: ObjOf<"Font">) => (o.owner && name in o.owner.font ? o.owner.font[name] : FONT_DEFAULTS[name]),
        set: (o: ObjOf<"Font">, v: unknown, ctx: HostCtx) => {
          ctx.checkWrite(`Font.${name}`);
          if (o.owner) o.owner.font[name] = v;
          ctx.changed();
        },
      },
    ]),
  ),
};
