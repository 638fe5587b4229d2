/**
 * The one rule for text the add-in writes into Word: content-control titles, tags, placeholder
 * text and paragraphs. Catalogs, house styles, wording and settings come from outside (a file an
 * office imports, a PDF, a paste), so anything may be in them; Word must receive only text a
 * reader sees. Removed everywhere:
 *
 * - C0 and C1 control characters (a tab stays in a paragraph, where Word shows it as a tab): they
 *   are not text, and most are not even allowed in the document's XML;
 * - lone surrogates (half an emoji): not a character at all, and invalid in XML;
 * - bidirectional embeddings, overrides and isolates (U+202A–202E, U+2066–2069): they can make a
 *   line read differently from what it holds ("Trojan Source"), and balanced or not they leak
 *   into the text around them;
 * - invisible formatting that means nothing in a letter: zero-width space, word joiner and the
 *   invisible operators, byte-order mark, deprecated format characters, interlinear annotation
 *   marks, noncharacters. Zero-width joiner and non-joiner stay (emoji sequences, Persian, Indic
 *   scripts), as do variation selectors and tag characters (the flag of England, Scotland, Wales).
 *
 * Lengths are cut at a grapheme boundary (Intl.Segmenter where the host has it, else at a code
 * point, never inside a surrogate pair), with "…".
 */

/** C0 controls except tab and the line breaks (handled per use), DEL, and C1 controls. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/g;
/** Zero-width space, word joiner, invisible operators, BOM, Mongolian vowel separator, deprecated format characters, annotation marks, noncharacters U+FFFE/FFFF. */
const INVISIBLE = /[\u200b\u2060-\u2064\ufeff\u180e\u206a-\u206f\ufff9-\ufffb\ufffe\uffff]/g;
/** Everything that separates lines or paragraphs; \v and \f are Word's own line and page breaks. */
const LINE_BREAK = /\r\n|[\r\n\v\f\u2028\u2029\u0085]/g;

const NOT_TEXT = new RegExp(`${CONTROL.source}|${LONE_SURROGATE.source}|${BIDI_CONTROL.source}|${INVISIBLE.source}`, "g");

/** What is left of `text` once everything that is not text is removed; line breaks and tabs are the caller's choice. */
function stripNotText(text: string): string {
  return text.replace(NOT_TEXT, "");
}

/**
 * A paragraph: one Word paragraph per call, so line breaks become spaces (they would split it);
 * tabs stay. Nothing is cut: a paragraph has no length limit.
 */
export function cleanParagraph(text: string): string {
  return stripNotText(text.replace(LINE_BREAK, " "));
}

/** One line with single spaces: placeholder text, and the basis of titles. */
export function cleanLine(text: string): string {
  return stripNotText(text.replace(LINE_BREAK, " "))
    .replace(/\s+/g, " ")
    .trim();
}

/** Word shows at most 64 characters of a content-control title (WORD-SEMANTICS 31). */
export const MAX_TITLE = 64;

/**
 * A content-control title: one clean line, at most MAX_TITLE UTF-16 units (so at most MAX_TITLE
 * code points, whichever way Word counts), cut at a grapheme boundary with "…".
 */
export function cleanTitle(text: string, max = MAX_TITLE): string {
  return cutText(cleanLine(text), max);
}

/** Placeholder text in an empty control: one clean line (Word shows it in place of a paragraph). */
export const cleanPlaceholder = (text: string): string => cleanLine(text);

const ELLIPSIS = "…";

type Segment = (text: string) => Iterable<string>;

/** Graphemes where the host can tell them, else code points (which never split a surrogate pair). */
function graphemeSegmenter(): Segment {
  const Segmenter = (Intl as { Segmenter?: typeof Intl.Segmenter }).Segmenter;
  if (typeof Segmenter !== "function") return (text) => text; // a string iterates by code point
  const segmenter = new Segmenter(undefined, { granularity: "grapheme" });
  // Lazily: a cut stops after the first few dozen graphemes of however long a text.
  return function* (text) {
    for (const s of segmenter.segment(text)) yield s.segment;
  };
}

let segment: Segment | undefined;

/**
 * `text` if it is at most `max` UTF-16 units long; else as many whole graphemes as fit with "…"
 * after them. A single grapheme longer than that (a letter with hundreds of combining marks) is cut
 * at a code point instead, so the result is never longer than `max`.
 */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max < ELLIPSIS.length) return "";
  const budget = max - ELLIPSIS.length;
  segment ??= graphemeSegmenter();
  let out = "";
  for (const g of segment(text)) {
    if (out.length + g.length <= budget) {
      out += g;
      continue;
    }
    if (out === "") out = codePointsUpTo(g, budget);
    break;
  }
  return `${out.trimEnd()}${ELLIPSIS}`;
}

function codePointsUpTo(text: string, max: number): string {
  let out = "";
  for (const cp of text) {
    if (out.length + cp.length > max) break;
    out += cp;
  }
  return out;
}

/** Characters a reader cannot see: whitespace, and everything cleaning removes or that has no width. */
// Alternatives, not one class: joiners and combining marks in a class read as one character to a linter.
const NO_WIDTH = ["\\s", "\\u0085", "\\u200c", "\\u200d", "\\u200e", "\\u200f", "\\u061c", "\\u00ad", "\\u034f", "[\\ufe00-\\ufe0f]"].join("|");
const INVISIBLE_ONLY = new RegExp(`^(?:${NO_WIDTH}|${NOT_TEXT.source})*$`);

/** True when `text` has at least one character a reader can see. */
export function hasVisibleText(text: string): boolean {
  return !INVISIBLE_ONLY.test(text);
}

const NAMES: Array<[RegExp, string]> = [
  [new RegExp(`^(?:${LONE_SURROGATE.source})$`), "half of a character pair (a broken emoji or symbol)"],
  [new RegExp(`^(?:${BIDI_CONTROL.source})$`), "a right-to-left or left-to-right override"],
  [new RegExp(`^(?:${CONTROL.source}|[\\t\\r\\n\\u2028\\u2029\\u0085])$`), "a control character"],
  [new RegExp(`^(?:${INVISIBLE.source})$`), "an invisible character"],
];

const hex = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;

/**
 * The first character in a single-line value (a name, a title) that is not text, described for a
 * message ("a control character (U+0007)"), or null when there is none. Line breaks and tabs count:
 * a name is one line.
 */
export function describeUnsafeCharacter(text: string): string | null {
  const m = new RegExp(`${NOT_TEXT.source}|[\\t\\r\\n\\u2028\\u2029\\u0085]`).exec(text);
  if (!m) return null;
  const name = NAMES.find(([re]) => re.test(m[0]))?.[1] ?? "a character that is not text";
  return `${name} (${hex(m[0])})`;
}
