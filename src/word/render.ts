/** What plan text and titles become in Word: one paragraph per plan paragraph, titles Word can show, our colours and style names. */
import type { BuiltInStyle, PlanNode } from "../domain/plan";
import { parseTag } from "../domain/tags";

/** Creates one paragraph with this text at some place in the document and returns it. */
export type Place = (text: string) => Word.Paragraph;

/** Colour our controls get, so a highlight can always be undone to it. */
export const CONTROL_COLOR = "#2B579A";
export const HIGHLIGHT_COLOR = "#C50F1F";

/** Word's English names of the built-in styles, for hosts without styleBuiltIn (WordApi 1.1/1.2). */
export const ENGLISH_STYLE_NAMES: Record<BuiltInStyle, string> = {
  Normal: "Normal",
  Title: "Title",
  Subtitle: "Subtitle",
  Heading1: "Heading 1",
  Heading2: "Heading 2",
  Heading3: "Heading 3",
  ListParagraph: "List Paragraph",
  ListNumber: "List Number",
  ListBullet: "List Bullet",
  Quote: "Quote",
  IntenseQuote: "Intense Quote",
};

/** Word shows only 64 characters of a title (WORD-SEMANTICS 31). */
export const MAX_TITLE = 64;

export function fitTitle(title: string): string {
  return title.length <= MAX_TITLE ? title : `${title.slice(0, MAX_TITLE - 1)}…`;
}

/** One plan paragraph is one Word paragraph: line breaks would split it, control characters are not text. */
export function paragraphText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\r\n|[\r\n\v\f\u2028\u2029]/g, " ").replace(/[\u0000-\u0008\u000e-\u001f\u007f]/g, "");
}

/** A control meant for typing (a response, or anything with placeholder text) must never be locked. */
export function hasTypingArea(node: PlanNode): boolean {
  if (node.kind === "paragraph") return false;
  if (node.placeholderText !== undefined || parseTag(node.tag)?.kind === "response") return true;
  return node.children.some(hasTypingArea);
}

