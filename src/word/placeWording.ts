/**
 * Where one block of approved wording goes (issue 10). Decided from what the insert's first sync
 * read, with no further round trip, so an insert stays at two syncs at every WordApi level:
 *
 * - In one of our responses it becomes part of that response, in the style of the paragraph the
 *   cursor is in (read in the same sync). An empty response (only its starter paragraph) takes the
 *   wording in place of that paragraph: the paragraph itself is wrapped as the wording's block, so
 *   no empty line is left. It cannot be deleted instead (it carries the response's tags, WORD-SEMANTICS
 *   26, 37). The response then holds only the wording, and Word deletes a control with its only
 *   child (65): the block is made cannotDelete (its text stays editable) and "Remove what was just
 *   inserted" empties and unwraps it rather than deleting it (cleanup.ts).
 * - In a response with text, at the cursor: an empty paragraph there becomes the wording's own (so
 *   no empty line is left); otherwise after the cursor's paragraph, or "End" of the response when
 *   that paragraph is its last (After would land outside the response, 26; End is safe then, its
 *   last child being that plain paragraph, 64).
 * - In a block of wording: right after that block, in whatever holds it (a response, or the body).
 * - Anywhere else that is not a plain body paragraph (locked recommendation text, a section's
 *   heading, a header, a table, someone else's control), and on Word without WordApi 1.3 (which
 *   cannot say where the cursor is), nothing is inserted: the outcome names the nearest place it may
 *   go (the response of the same section, after the section, or the end), and the pane asks.
 * - At a target the pane chose from such an offer: that response (its first paragraph and state
 *   read in the first sync), after that section, or the end.
 */
import { parseTag, recommendationOfTag, responseTag } from "../domain/tags";
import { probeCursorParagraph, probeEnd, type BodyControls, type CursorProbe, type Spot } from "./place";
import type { HostCapabilities, WordingRefusal, WordingTarget } from "./port";
import type { Place } from "./render";
import { isShowingPlaceholder } from "./snapshot";

/** A paragraph's style as Word read it: the built-in style ("Other" for a custom one) and its name. */
export interface ReadStyle {
  builtIn: string;
  name: string;
}

export interface WordingSpot extends Spot {
  /** The style of the response paragraph the wording joins. */
  style?: ReadStyle;
  /** The wording takes the place of an empty paragraph of the response: that paragraph is wrapped (see above). */
  fills?: boolean;
  /** And that paragraph was all the response held: the block will be its only content (cannotDelete, 65). */
  alone?: boolean;
}

export type WordingChoice = WordingSpot | { refused: WordingRefusal; nearest: WordingTarget };

export interface WordingDecision {
  spot(): WordingChoice;
}

const styleOf = (p: Word.Paragraph): ReadStyle => ({ builtIn: p.styleBuiltIn, name: p.style });

const isEmptyResponse = (cc: Word.ContentControl) => cc.text === "" || isShowingPlaceholder(cc.text, cc.placeholderText);

/** Inside a response (the cursor's innermost control, not locked): the spot for the cursor's paragraph. */
function inResponse(cursor: CursorProbe, response: Word.ContentControl): WordingSpot {
  const placement = { at: "in-response" as const, responseTag: response.tag };
  const style = styleOf(cursor.paragraph);
  if (isEmptyResponse(response)) return { placement, style, fills: true, alone: true, place: () => cursor.paragraph };
  // An empty paragraph of a response with text (one the author made for it, or the starter below
  // earlier wording) becomes the wording's own, so no empty line is left above or below it.
  if (cursor.paragraph.text === "") return { placement, style, fills: true, place: () => cursor.paragraph };
  const lines = response.text.split(/\r\n|\r|\n/);
  const last = lines[lines.length - 1] === cursor.paragraph.text;
  // Its last paragraph is the cursor's, a plain one: "End" lands after it, inside the response (64).
  const place: Place = last ? (text) => response.insertParagraph(text, "End") : (text) => cursor.paragraph.insertParagraph(text, "After");
  return { placement, style, place };
}

/** The nearest place for wording around the control with this id: our response, the response of our section, after our section, or the end. */
function nearestAround(id: number, body: BodyControls): WordingTarget {
  let current: number | null | undefined = id;
  for (let guard = 0; current !== null && current !== undefined && guard < 64; guard++) {
    const cc = body.items.find((c) => c.id === current);
    if (!cc) break;
    const parsed = parseTag(cc.tag);
    if (parsed?.kind === "response") return { at: "response", responseTag: cc.tag };
    const rec = recommendationOfTag(cc.tag);
    if (rec) {
      const response = responseTag(rec.inspectionId, rec.recId);
      if (body.byTag(response)) return { at: "response", responseTag: response };
      if (parsed?.kind === "section" && body.parentOf(cc.id) === null) return { at: "after-section", sectionTag: cc.tag };
    }
    current = body.parentOf(current);
  }
  return { at: "end" };
}

export function probeWordingAtCursor(context: Word.RequestContext, caps: HostCapabilities, controls: () => BodyControls): WordingDecision {
  if (!caps.wordApi13) return { spot: () => ({ refused: "old-word", nearest: { at: "end" } }) };
  const cursor = probeCursorParagraph(context);
  cursor.paragraph.load("style,styleBuiltIn");
  return {
    spot(): WordingChoice {
      if (cursor.story.type !== "MainDoc") return { refused: "cursor-in-header", nearest: { at: "end" } };
      const body = controls();
      const around = cursor.around;
      if (around.isNullObject) {
        if (cursor.paragraph.tableNestingLevel > 0) return { refused: "cursor-in-table", nearest: { at: "end" } };
        const where = cursor.paragraph.text === "" ? "Before" : "After";
        return { placement: { at: "cursor" }, place: (text) => cursor.paragraph.insertParagraph(text, where) };
      }
      const nearest = () => nearestAround(around.id, body);
      if (cursor.paragraph.tableNestingLevel > 0) return { refused: "cursor-in-table", nearest: nearest() };
      const parsed = parseTag(around.tag);
      if (parsed?.kind === "response" && !around.cannotEdit) return inResponse(cursor, around);
      if (parsed?.kind === "wording") {
        // Right after the block of wording the cursor is in, where that block is: in a response or the body.
        const parentId = body.parentOf(around.id);
        const parent = parentId === null ? null : body.items.find((cc) => cc.id === parentId);
        const place: Place = (text) => around.insertParagraph(text, "After");
        if (parent === null) return { placement: { at: "cursor" }, place };
        // (Responses are never locked: they are for typing, render.ts hasTypingArea.)
        if (parent && parseTag(parent.tag)?.kind === "response")
          return { placement: { at: "in-response", responseTag: parent.tag }, style: styleOf(cursor.paragraph), place };
      }
      const ours = parsed !== null;
      return { refused: ours && around.cannotEdit ? "locked-text" : ours ? "in-section" : "cursor-in-control", nearest: nearest() };
    },
  };
}

/** After what a response holds: "End" while it holds no block of its own (64), else right after the last of them. */
function afterContents(body: BodyControls, response: Word.ContentControl): Place {
  const lastOwn = body.items.filter((cc) => body.parentOf(cc.id) === response.id).at(-1);
  return lastOwn ? (text) => lastOwn.insertParagraph(text, "After") : (text) => response.insertParagraph(text, "End");
}

/** What the first sync reads for a target the pane chose. */
export function probeWordingTarget(context: Word.RequestContext, caps: HostCapabilities, controls: () => BodyControls, target: WordingTarget): WordingDecision {
  const end = probeEnd(context, caps, controls);
  if (target.at === "end") return { spot: () => end.spot() };
  if (target.at === "after-section") {
    return {
      spot() {
        const section = controls().byTag(target.sectionTag);
        if (!section) return end.spot();
        return { placement: { at: "after-section", sectionTag: target.sectionTag }, place: (text) => section.insertParagraph(text, "After") };
      },
    };
  }
  // Word without WordApi 1.3 cannot read a response's first paragraph in this sync (no getFirst), so
  // it cannot fill an empty one: the wording goes after what the response holds (found among the
  // body's controls read in the first sync), or at the end when the response has gone.
  if (!caps.wordApi13)
    return {
      spot(): WordingSpot {
        const body = controls();
        const response = body.byTag(target.responseTag);
        if (!response) return { ...end.spot(), placement: { at: "end", reason: "old-word" } };
        return { placement: { at: "in-response", responseTag: target.responseTag }, place: afterContents(body, response) };
      },
    };
  // The response and its first paragraph (getFirst: the insert fails with ItemNotFound if it has gone, 13).
  const response = context.document.body.contentControls.getByTag(target.responseTag).getFirst();
  response.load("id,tag,text,placeholderText");
  const first = response.paragraphs.getFirst().load("text,style,styleBuiltIn");
  return {
    spot(): WordingSpot {
      const body = controls();
      const placement = { at: "in-response" as const, responseTag: target.responseTag };
      const style = styleOf(first);
      if (isEmptyResponse(response)) return { placement, style, fills: true, alone: true, place: () => first };
      return { placement, style, place: afterContents(body, response) };
    },
  };
}
