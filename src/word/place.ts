/**
 * Where inserted content goes. A probe queues its reads before the insert's first sync; once that
 * sync has run it decides, with no further round trip (one in a rare case, see `endAfterControl`),
 * where the first paragraph is created; only wording for a response needs one more read. Probes never read through an object that may be null
 * (WORD-SEMANTICS 68) and never put anything "End" of a container whose last child is a control (64).
 */
import { recommendationOfTag, sectionTag } from "../domain/tags";
import type { EndReason, HostCapabilities, Placement } from "./port";
import type { Place } from "./render";

/** The body's content controls as read in the first sync (document order), for tags, ids and anchors. */
export interface BodyControls {
  items: Word.ContentControl[];
  byTag(tag: string): Word.ContentControl | undefined;
  ids: Set<number>;
  /**
   * The id of the control directly around this one, or null at the top level; undefined where
   * Word cannot say (WordApi 1.1/1.2).
   */
  parentOf(id: number): number | null | undefined;
  /** Whether this control sits inside another body control (known at every WordApi level). */
  isNested(id: number): boolean;
}

/**
 * The body's controls, read in the insert's first sync with what says how they nest, so finding
 * the outermost control around something costs no further round trip: from WordApi 1.3 each one's
 * parent control (one level from a real object, WORD-SEMANTICS 68); on 1.1/1.2, which have no
 * parent property, the ids of the controls inside each (an expanded relationship in the same load,
 * WORD-SEMANTICS 6; word.d.ts LoadOption `expand`).
 */
export function queueBodyControls(context: Word.RequestContext, caps: HostCapabilities): () => BodyControls {
  const list = context.document.body.contentControls.load(`items/id,items/tag,${nestingLoad(caps)}`);
  return () => {
    const items = list.items;
    return {
      items,
      byTag: (tag) => items.find((cc) => cc.tag === tag),
      ids: new Set(items.map((cc) => cc.id)),
      ...readNesting(items, caps),
    };
  };
}

/** The load path that says how a collection's controls nest, for `readNesting` (see queueBodyControls). */
export const nestingLoad = (caps: HostCapabilities): string =>
  caps.wordApi13 ? "items/parentContentControlOrNullObject/id" : "items/contentControls/items/id";

/** How controls loaded with `nestingLoad` nest: each one's parent (1.3+) and whether it is inside another. */
export function readNesting(items: Word.ContentControl[], caps: HostCapabilities): Pick<BodyControls, "parentOf" | "isNested"> {
  const parents = new Map<number, number | null>();
  const nested = new Set<number>();
  for (const cc of items) {
    if (caps.wordApi13) {
      const parent = cc.parentContentControlOrNullObject;
      parents.set(cc.id, parent.isNullObject ? null : parent.id);
      if (!parent.isNullObject) nested.add(cc.id);
    } else {
      for (const inner of cc.contentControls.items) nested.add(inner.id);
    }
  }
  return { parentOf: (id) => parents.get(id), isNested: (id) => nested.has(id) };
}

export interface Spot {
  placement: Placement;
  place: Place;
}

/** A decision that may need one more read first (only `endAfterControl`). */
export interface Decision {
  /** Queues that read, when needed; the caller syncs once if it returns true. */
  needsRead(): boolean;
  spot(): Spot;
}

/**
 * The end of the body. A body ending in a plain paragraph: after it (before it when it is empty,
 * as in a new document, so no stray empty paragraph is left first). A body ending inside a control:
 * after the outermost control there, found from the parents the first sync read (WordApi 1.3+). On WordApi 1.1/1.2, which cannot tell where the last paragraph is, after the last
 * top-level control when the body has controls (a paragraph typed after it stays after the new
 * content), else "End" of the body. Neither needs a read beyond the insert's first sync.
 */
export function probeEnd(context: Word.RequestContext, caps: HostCapabilities, controls: () => BodyControls, reason: Placement & { at: "end" } = { at: "end", reason: "requested" }): Decision {
  const body = context.document.body;
  if (!caps.wordApi13) {
    // No getLast or null objects before 1.3: a new document is recognised from its first two
    // paragraphs; otherwise, with controls in the body, the content goes after the last top-level
    // control (the first sync read which controls each holds), never "End" into one (64).
    const firstTwo = body.paragraphs.load({ select: "text", top: 2 });
    return {
      needsRead: () => false,
      spot() {
        const all = controls();
        const [only, second] = firstTwo.items;
        if (only && !second && only.text === "" && all.items.length === 0) return { placement: reason, place: (text) => only.insertParagraph(text, "Before") };
        if (all.items.length === 0) return { placement: reason, place: (text) => body.insertParagraph(text, "End") };
        const last = all.items.filter((cc) => !all.isNested(cc.id)).at(-1)!;
        return { placement: reason, place: (text) => last.insertParagraph(text, "After") };
      },
    };
  }
  const last = body.paragraphs.getLast();
  last.load("text,tableNestingLevel");
  const around = last.parentContentControlOrNullObject;
  around.load("id");
  return {
    needsRead: () => false,
    spot() {
      if (around.isNullObject) {
        if (last.tableNestingLevel > 0) return { placement: reason, place: (text) => body.insertParagraph(text, "End") };
        const where = last.text === "" ? "Before" : "After";
        return { placement: reason, place: (text) => last.insertParagraph(text, where) };
      }
      // The last paragraph is in a control: after the outermost control there, never "End" into it (64).
      const outer = outermost(around.id, controls());
      return { placement: reason, place: (text) => outer.insertParagraph(text, "After") };
    },
  };
}

export function outermost(id: number, controls: BodyControls): Word.ContentControl {
  let current = id;
  for (let guard = 0; guard < 64; guard++) {
    const parent = controls.parentOf(current);
    if (parent === null || parent === undefined) break;
    current = parent;
  }
  return controls.items.find((cc) => cc.id === current)!;
}

/** Tag of the section a control of ours belongs to (the section itself, its response, its recommendation text). */
export function enclosingSectionTag(tag: string): string | undefined {
  const rec = recommendationOfTag(tag);
  return rec ? sectionTag(rec.inspectionId, rec.recId) : undefined;
}

/**
 * Right after our section the cursor is in, but only when that section is not itself inside
 * someone else's control (the new content would land in theirs); the first sync read its parent.
 */
function afterSection(anchor: Word.ContentControl, section: string, controls: () => BodyControls, otherwise: Decision): Decision | Spot {
  if (controls().parentOf(anchor.id) !== null) return otherwise;
  return { placement: { at: "after-section", sectionTag: section }, place: (text) => anchor.insertParagraph(text, "After") };
}

/** What the first sync learnt about the cursor (WordApi 1.3+). */
export interface CursorProbe {
  paragraph: Word.Paragraph;
  story: Word.Body;
  around: Word.ContentControl;
}

export function probeCursorParagraph(context: Word.RequestContext): CursorProbe {
  const paragraph = context.document.getSelection().paragraphs.getLast();
  paragraph.load("text,tableNestingLevel");
  const story = paragraph.parentBody;
  story.load("type");
  // One level only: the innermost control, never its parent through a maybe-null object (68).
  const around = paragraph.parentContentControlOrNullObject;
  around.load("id,tag,cannotEdit,text,placeholderText");
  return { paragraph, story, around };
}

/**
 * At the cursor: after the paragraph holding it (before it when that paragraph is empty). Only a
 * body paragraph outside any control and table is a suitable place; a cursor inside one of our
 * sections sends new sections right after that section; anywhere else, and on hosts that cannot
 * tell (WordApi 1.1/1.2), the end.
 */
export function probeCursor(context: Word.RequestContext, caps: HostCapabilities, controls: () => BodyControls, probed?: CursorProbe): Decision {
  if (!caps.wordApi13) return probeEnd(context, caps, controls, { at: "end", reason: "old-word" });
  const cursor = probed ?? probeCursorParagraph(context);
  const end = probeEnd(context, caps, controls);
  const toEnd = (reason: EndReason): Decision => ({ needsRead: end.needsRead, spot: () => ({ ...end.spot(), placement: { at: "end", reason } }) });
  const decide = (): Decision | Spot => {
    if (cursor.story.type !== "MainDoc") return toEnd("cursor-in-header");
    if (cursor.paragraph.tableNestingLevel > 0) return toEnd("cursor-in-table");
    if (!cursor.around.isNullObject) {
      const section = enclosingSectionTag(cursor.around.tag);
      const anchor = section ? controls().byTag(section) : undefined;
      if (!anchor || !section) return toEnd("cursor-in-control");
      return afterSection(anchor, section, controls, toEnd("cursor-in-control"));
    }
    const where = cursor.paragraph.text === "" ? "Before" : "After";
    return { placement: { at: "cursor" }, place: (text) => cursor.paragraph.insertParagraph(text, where) };
  };
  let chosen: Decision | Spot | undefined;
  const pick = () => (chosen ??= decide());
  return {
    needsRead: () => {
      const c = pick();
      return "needsRead" in c ? c.needsRead() : false;
    },
    spot: () => {
      const c = pick();
      return "needsRead" in c ? c.spot() : c;
    },
  };
}
