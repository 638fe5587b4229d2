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

/**
 * At the cursor: after the paragraph holding it (before it, when that paragraph is empty, so the
 * content appears where the cursor is). Only a body paragraph outside any control and table is a
 * suitable place; anywhere else, and on hosts that cannot tell (WordApi 1.1/1.2), the end.
 */
export function probeCursor(context: Word.RequestContext, caps: HostCapabilities, intoResponse = false): () => Spot {
  const end = probeEnd(context, caps);
  if (!caps.wordApi13) return () => ({ placedAt: "end", place: end(), note: WHY_END.version });
  const paragraph = context.document.getSelection().paragraphs.getLast();
  paragraph.load("text,tableNestingLevel");
  const story = paragraph.parentBody;
  story.load("type");
  const around = paragraph.parentContentControlOrNullObject;
  around.load("tag,cannotEdit");
  return () => {
    // Wording inside a response goes at the response's end: "After" its last paragraph would land
    // outside it (WORD-SEMANTICS 26), and "End" is inside whatever paragraph the cursor is on.
    if (intoResponse && story.type === "MainDoc" && !around.isNullObject && isResponseTag(around.tag) && !around.cannotEdit)
      return { placedAt: "cursor", place: (text) => around.insertParagraph(text, "End") };
    const why =
      story.type !== "MainDoc"
        ? WHY_END.story
        : !around.isNullObject
          ? WHY_END.control
          : paragraph.tableNestingLevel > 0
            ? WHY_END.table
            : undefined;
    if (why) return { placedAt: "end", place: end(), note: why };
    const location = paragraph.text === "" ? "Before" : "After";
    return { placedAt: "cursor", place: (text) => paragraph.insertParagraph(text, location) };
  };
}
