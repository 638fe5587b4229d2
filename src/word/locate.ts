/**
 * Where inserted content goes. Probes are queued before the first sync of an insert; once that
 * sync has run they decide, with no further round trip, where the first paragraph is created.
 */
import type { HostCapabilities, InsertWhere } from "./port";
import type { Place } from "./render";

export interface Spot {
  placedAt: InsertWhere;
  place: Place;
  note?: string;
}

/**
 * The end of the body. On 1.3+, when the document ends with an empty paragraph of its own (a new
 * document is one, WORD-SEMANTICS 27) outside any control or table, content goes before it, so
 * the document does not start with a stray empty paragraph; otherwise at the body's end.
 */
export function probeEnd(context: Word.RequestContext, caps: HostCapabilities): () => Place {
  const body = context.document.body;
  const atEnd: Place = (text) => body.insertParagraph(text, "End");
  if (!caps.wordApi13) return () => atEnd;
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
  version: "This version of Word cannot tell the add-in whether the cursor is in a safe place, so the sections were added at the end of the document.",
  story: "The cursor was in a header, footer or footnote, so the sections were added at the end of the document.",
  control: "The cursor was inside another content control, so the sections were added at the end of the document.",
  table: "The cursor was in a table, so the sections were added at the end of the document.",
};

/**
 * At the cursor: after the paragraph holding it (before it, when that paragraph is empty, so the
 * content appears where the cursor is). Only a body paragraph outside any control and table is a
 * suitable place; anywhere else, and on hosts that cannot tell (WordApi 1.1/1.2), the end.
 */
export function probeCursor(context: Word.RequestContext, caps: HostCapabilities): () => Spot {
  const end = probeEnd(context, caps);
  if (!caps.wordApi13) return () => ({ placedAt: "end", place: end(), note: WHY_END.version });
  const paragraph = context.document.getSelection().paragraphs.getLast();
  paragraph.load("text,tableNestingLevel");
  const story = paragraph.parentBody;
  story.load("type");
  const around = paragraph.parentContentControlOrNullObject;
  around.load("id");
  return () => {
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
