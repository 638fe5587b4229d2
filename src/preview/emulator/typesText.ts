/** Shared readings used by several types: text, styles, fonts, getRange, select. */
import type { HostCtx, HostObj } from "./hostObjects";
import { BUILT_IN_STYLE_NAMES, FOREIGN_NAME_MARK, GERMAN_STYLE_NAMES, styleBuiltInOf } from "./modelSpec";
import { blocksText, isShowingPlaceholder, paragraphsIn, paragraphsOutsideTables, placeholderOf } from "./modelTree";
import { versionAtLeast } from "./options";
import type { BlockNode, ControlNode, ParagraphNode, RangePart, RangeRef, StoryNode, TableCellNode, TableNode } from "./modelTypes";

export function textOpts(ctx: HostCtx) {
  return { emptyControlText: ctx.options.emptyControlText, defaultPlaceholderText: ctx.options.defaultPlaceholderText };
}

export function blocksTextOf(ctx: HostCtx, nodes: readonly BlockNode[]): string {
  return blocksText(nodes, textOpts(ctx));
}

/** A paragraph's text; the only paragraph of an empty control shows its placeholder (WORD-SEMANTICS 38). */
export function paragraphText(ctx: HostCtx, p: ParagraphNode): string {
  if (p.text === "" && ctx.options.emptyControlText === "placeholder") {
    const around = ctx.model.tree.controlsAround(p);
    const inner = around[around.length - 1];
    if (inner && isShowingPlaceholder(inner)) return placeholderOf(inner, textOpts(ctx));
  }
  return p.text;
}

export function rangeText(ctx: HostCtx, r: RangeRef): string {
  if (r.kind === "text") return r.start === 0 && r.end === r.para.text.length ? paragraphText(ctx, r.para) : r.para.text.slice(r.start, r.end);
  if (r.kind === "node") {
    if (r.part !== "Whole" && r.part !== "Content") return "";
    if (r.node.kind === "paragraph") return paragraphText(ctx, r.node);
    return blocksTextOf(ctx, r.node.kind === "table" ? [r.node] : r.node.children);
  }
  // A run of blocks (expandTo, a control's Whole with the next paragraph, 63): its paragraphs' text.
  return parasOfRange(ctx, r)
    .map((p) => paragraphText(ctx, p))
    .join("\r");
}

/**
 * What a `paragraphs` collection lists. WORD-SEMANTICS 40/61: paragraphs inside tables are
 * included from WordApi 1.3; an older host leaves them out.
 */
export function listedParagraphs(ctx: HostCtx, nodes: readonly BlockNode[]): ParagraphNode[] {
  return versionAtLeast(ctx.options.wordApi, "1.3") ? paragraphsIn(nodes) : paragraphsOutsideTables(nodes);
}

/** The name `style` reads: built-in styles in Word's display language (options.styleLanguage). */
export function displayedStyle(ctx: HostCtx, stored: string): string {
  if (stored.endsWith(FOREIGN_NAME_MARK)) return stored.slice(0, -FOREIGN_NAME_MARK.length);
  if (ctx.options.styleLanguage !== "german") return stored;
  const builtIn = styleBuiltInOf(stored);
  return builtIn !== "Other" ? GERMAN_STYLE_NAMES[builtIn] : stored;
}

/** What setting `style` to this value stores: a localized built-in name is that built-in style. */
export function styleName(ctx: HostCtx, value: unknown): string {
  const name = typeof value === "string" ? value : "Normal";
  if (ctx.options.styleLanguage !== "german") return name;
  const builtIn = Object.entries(GERMAN_STYLE_NAMES).find(([, local]) => local === name)?.[0];
  if (builtIn) return BUILT_IN_STYLE_NAMES[builtIn];
  return styleBuiltInOf(name) !== "Other" ? name + FOREIGN_NAME_MARK : name;
}

export function setStyleOn(paras: ParagraphNode[], style: string): void {
  for (const p of paras) p.style = style;
}

export function builtInToName(ctx: HostCtx, value: unknown, location: string): string {
  const key = Object.keys(BUILT_IN_STYLE_NAMES).find((k) => typeof value === "string" && k.toLowerCase() === value.toLowerCase());
  if (!key) ctx.error("InvalidArgument", location);
  return BUILT_IN_STYLE_NAMES[key];
}

export const styleProps = <O>(paras: (o: O, ctx: HostCtx) => ParagraphNode[], where: string) => ({
  Style: {
    get: (o: O, ctx: HostCtx) => displayedStyle(ctx, paras(o, ctx)[0]?.style ?? "Normal"),
    set: (o: O, v: unknown, ctx: HostCtx) => {
      ctx.checkContentEdit(`${where}.style`, ...paras(o, ctx));
      setStyleOn(paras(o, ctx), styleName(ctx, v));
      ctx.changed();
    },
  },
  StyleBuiltIn: {
    get: (o: O, ctx: HostCtx) => styleBuiltInOf(paras(o, ctx)[0]?.style ?? "Normal"),
    set: (o: O, v: unknown, ctx: HostCtx) => {
      const name = builtInToName(ctx, v, `${where}.styleBuiltIn`);
      ctx.checkContentEdit(`${where}.styleBuiltIn`, ...paras(o, ctx));
      setStyleOn(paras(o, ctx), name);
      ctx.changed();
    },
  },
});

export function parasOfRange(ctx: HostCtx, r: RangeRef): ParagraphNode[] {
  if (r.kind === "text") return [r.para];
  if (r.kind === "node") {
    const ps = paragraphsIn(r.node.kind === "story" ? r.node.children : [r.node]);
    if (r.part === "Start" || r.part === "Before") return ps.slice(0, 1);
    if (r.part === "End" || r.part === "After") return ps.slice(-1);
    return ps;
  }
  const tree = ctx.model.tree;
  const all = paragraphsIn((tree.storyOf(r.from) ?? ctx.model.body).children);
  const a = all.indexOf(paragraphsIn([r.from])[0]);
  const bs = paragraphsIn([r.to]);
  const b = all.indexOf(bs[bs.length - 1]);
  return a >= 0 && b >= a ? all.slice(a, b + 1) : paragraphsIn([r.from]);
}

/** getRange(location) on a node (WORD-SEMANTICS 40). */
export function nodeRange(
  ctx: HostCtx,
  node: ParagraphNode | ControlNode | TableNode | StoryNode | TableCellNode,
  loc: unknown,
  allowed: RangePart[],
  location: string,
): HostObj {
  const part = allowed.find((a) => typeof loc === "string" && a.toLowerCase() === loc.toLowerCase()) ?? (loc == null ? "Whole" : undefined); // omitted: the library sends null
  if (!part) ctx.error("InvalidArgument", location);
  if (node.kind === "cell") return { t: "Range", r: { kind: "node", node: { kind: "story", type: "MainDoc", children: node.children }, part } };
  if (node.kind === "control" && part === "Whole") return { t: "Range", r: controlWhole(ctx, node) };
  if (node.kind === "paragraph" && (part === "Content" || part === "Whole")) {
    return { t: "Range", r: part === "Whole" ? { kind: "node", node, part } : { kind: "text", para: node, start: 0, end: node.text.length } };
  }
  return { t: "Range", r: { kind: "node", node, part } };
}

/**
 * WORD-SEMANTICS 63 (DOC + USER, issue 1169): "Whole" of a paragraph-level control includes the
 * paragraph mark after it. When the next block of the same container is a plain paragraph, the
 * range runs from the control into that paragraph (wrapping it takes both, its text includes the
 * paragraph's). Otherwise that mark belongs to a control, a table or the container's end, and
 * wrapping the range fails (Range.insertContentControl).
 */
function controlWhole(ctx: HostCtx, cc: ControlNode): RangeRef {
  const loc = ctx.model.tree.location(cc);
  const next = loc?.container.children[loc.index + 1];
  if (next?.kind === "paragraph") return { kind: "span", from: cc, to: next };
  return { kind: "node", node: cc, part: "Whole", nextMarkBlocked: true };
}

/** select(mode): the only selection moves there (WORD-SEMANTICS 39), and the log records it (69). */
export function selectRange(ctx: HostCtx, r: RangeRef, mode: unknown, location: string): void {
  const m = typeof mode === "string" ? mode.toLowerCase() : "select";
  if (m === "start" || m === "end") {
    const node = r.kind === "text" ? r.para : r.kind === "span" ? (m === "start" ? r.from : r.to) : r.node;
    if (node.kind === "story") ctx.model.selection = { kind: "node", node, part: m === "start" ? "Start" : "End" };
    else ctx.model.selection = { kind: "node", node, part: m === "start" ? "Before" : "After" };
    if (r.kind === "text") ctx.model.selection = { kind: "text", para: r.para, start: m === "start" ? r.start : r.end, end: m === "start" ? r.start : r.end };
  } else ctx.model.selection = r;
  ctx.model.noteSelection("api", location);
  ctx.changed("selection");
}

export const FONT_DEFAULTS: Record<string, unknown> = {
  Name: "Aptos",
  Size: 11,
  Bold: false,
  Italic: false,
  Color: "#000000",
  Underline: "None",
  HighlightColor: null,
  StrikeThrough: false,
  DoubleStrikeThrough: false,
  Subscript: false,
  Superscript: false,
};
