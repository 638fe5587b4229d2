/** What plan text and titles become in Word: one paragraph per plan paragraph, titles Word can show, our colours and style names. */
import type { BuiltInStyle, PlanNode } from "../domain/plan";
import { parseTag } from "../domain/tags";
import { cleanParagraph, cleanPlaceholder, cleanTitle } from "../domain/text/clean";

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

// Compose already gives clean text; these apply the same rule (src/domain/text/clean.ts) again at
// the last step before Word, so nothing built by hand (tables, tests, later code) bypasses it.

/** A title Word can show in full: one clean line of at most 64 characters (WORD-SEMANTICS 31). */
export const fitTitle = (title: string): string => cleanTitle(title);

/** One plan paragraph is one Word paragraph: line breaks would split it, control characters are not text. */
export const paragraphText = (text: string): string => cleanParagraph(text);

/** Placeholder text: one clean line. */
export const placeholderText = (text: string): string => cleanPlaceholder(text);

/** A control meant for typing (a response, or anything with placeholder text) must never be locked. */
export function hasTypingArea(node: PlanNode): boolean {
  if (node.kind === "paragraph") return false;
  if (node.placeholderText !== undefined || parseTag(node.tag)?.kind === "response") return true;
  return node.children.some(hasTypingArea);
}

