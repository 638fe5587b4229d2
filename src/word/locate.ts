/**
 * Where inserted content goes. Probes are queued before the first sync of an insert; once that
 * sync has run they decide, with no further round trip, where the first paragraph is created.
 */
import type { HostCapabilities, InsertWhere } from "./port";
import type { Place } from "./render";
import { parseTag } from "../domain/tags";

const isResponseTag = (tag: string) => parseTag(tag)?.kind === "response";

export interface Spot {
  placedAt: InsertWhere;
  place: Place;
  note?: string;
}

/**
 * The end of the body. When the document ends with an empty paragraph of its own (a new document
 * is one, WORD-SEMANTICS 27) outside any control or table, content goes before it, so the
 * document does not start with a stray empty paragraph; otherwise at the body's end.
 */
export function probeEnd(context: Word.RequestContext, caps: HostCapabilities): () => Place {
  const body = context.document.body;
  const atEnd: Place = (text) => body.insertParagraph(text, "End");
  if (!caps.wordApi13) {
    // No getLast before 1.3: only the new-document case is recognised, from the first two
    // paragraphs and the first control (a tiny load, whatever the document's size).
    const firstTwo = body.paragraphs.load({ select: "text", top: 2 });
    const anyControl = body.contentControls.load({ select: "id", top: 1 });
    return () => {
      const [only, second] = firstTwo.items;
      const blank = only && !second && only.text === "" && anyControl.items.length === 0;
      return blank ? (text) => only.insertParagraph(text, "Before") : atEnd;
    };
  }
  const last = body.paragraphs.getLast();
  last.load("text,tableNestingLevel");
  const around = last.parentContentControlOrNullObject;
  around.load("id");
  return () => {
    const emptyOwnParagraph = last.text === "" && around.isNullObject && last.tableNestingLevel === 0;
    return emptyOwnParagraph ? (text) => last.insertParagraph(text, "Before") : atEnd;
  };
}

const WHY_END = {
  version: "This version of Word cannot tell the add-in whether the cursor is in a safe place, so the new content was added at the end of the document.",
  story: "The cursor was in a header, footer or footnote, so the new content was added at the end of the document.",
  control: "The cursor was inside another content control, so the new content was added at the end of the document.",
  table: "The cursor was in a table, so the new content was added at the end of the document.",
};

/** Controls read around the cursor: wording in a response in a section in a block is four deep. */
const ENCLOSING_DEPTH = 5;

/** The controls around the cursor, innermost first; `complete` is false when there are more than we read. */
interface Enclosing {
  chain: Word.ContentControl[];
  complete: boolean;
}

/**
 * Queues loads of the controls enclosing a paragraph, innermost first, for the same first sync
 * (a parent of a null object is a null object, WORD-SEMANTICS 12): no extra round trip.
 */
function probeEnclosing(paragraph: Word.Paragraph): () => Enclosing {
  const chain: Word.ContentControl[] = [];
  let next = paragraph.parentContentControlOrNullObject;
  for (let i = 0; i < ENCLOSING_DEPTH; i++) {
    next.load("tag,title,cannotEdit");
    chain.push(next);
    next = next.parentContentControlOrNullObject;
  }
  return () => {
    const end = chain.findIndex((cc) => cc.isNullObject);
    return end < 0 ? { chain, complete: false } : { chain: chain.slice(0, end), complete: true };
  };
}

/**
 * The section of ours the cursor is in (or in a control inside it), when everything around that
 * section is ours too: inserting after it then keeps the new content out of anyone else's control.
 */
function enclosingSection({ chain, complete }: Enclosing): Word.ContentControl | undefined {
  // Beyond what we read there may be someone else's control: we cannot tell, so we don't assume.
  if (!complete) return undefined;
  const at = chain.findIndex((cc) => parseTag(cc.tag)?.kind === "section");
  if (at < 0 || chain.slice(at + 1).some((cc) => parseTag(cc.tag) === null)) return undefined;
  return chain[at];
}

/** "the section for recommendation 4" from the section's title (house styles title it "Recommendation {number}"). */
export function sectionLabel(title: string | undefined): string {
  const number = /\brecommendation\s+([^\s:;,]+)/i.exec(title ?? "")?.[1]?.replace(/[.)]+$/, "");
  if (number) return `the section for recommendation ${number}`;
  return title?.trim() ? `the section “${title.trim()}”` : "the section the cursor was in";
}

/**
 * At the cursor: after the paragraph holding it (before it, when that paragraph is empty, so the
 * content appears where the cursor is). Only a body paragraph outside any control and table is a
 * suitable place; anywhere else, and on hosts that cannot tell (WordApi 1.1/1.2), the end. The
 * exception is a cursor inside one of our sections (in its response, say): sections then go right
 * after that section, outside it, leaving the section itself untouched (WORD-SEMANTICS 22).
 */
export function probeCursor(context: Word.RequestContext, caps: HostCapabilities, intoResponse = false): () => Spot {
  const end = probeEnd(context, caps);
  if (!caps.wordApi13) return () => ({ placedAt: "end", place: end(), note: WHY_END.version });
  const paragraph = context.document.getSelection().paragraphs.getLast();
  paragraph.load("text,tableNestingLevel");
  const story = paragraph.parentBody;
  story.load("type");
  const enclosing = probeEnclosing(paragraph);
  return () => {
    const controls = enclosing();
    const around = controls.chain[0];
    // Wording inside a response goes at the response's end: "After" its last paragraph would land
    // outside it (WORD-SEMANTICS 26), and "End" is inside whatever paragraph the cursor is on.
    if (intoResponse && story.type === "MainDoc" && around && isResponseTag(around.tag) && !around.cannotEdit)
      return { placedAt: "cursor", place: (text) => around.insertParagraph(text, "End") };
    const section = !intoResponse && story.type === "MainDoc" && paragraph.tableNestingLevel === 0 ? enclosingSection(controls) : undefined;
    if (section)
      return { placedAt: "cursor", place: (text) => section.insertParagraph(text, "After"), note: `Inserted after ${sectionLabel(section.title)}.` };
    const why =
      story.type !== "MainDoc"
        ? WHY_END.story
        : paragraph.tableNestingLevel > 0
          ? WHY_END.table
          : around
            ? WHY_END.control
            : undefined;
    if (why) return { placedAt: "end", place: end(), note: why };
    const location = paragraph.text === "" ? "Before" : "After";
    return { placedAt: "cursor", place: (text) => paragraph.insertParagraph(text, location) };
  };
}
