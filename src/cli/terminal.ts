/**
 * Text from documents, catalogs and file names reaches the terminal only through these: an ESC,
 * BEL or C1 control could recolour the screen or retitle the window, a bidi override could show a
 * line reversed, and a line end inside a field could forge a line of the report.
 */

/** C0 and C1 controls (tab, line ends and the rest), DEL, bidi embeddings, overrides and isolates. */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const LINE_BREAKS = /[\t\n\r\u0085\u2028\u2029]+/g;

/** One field on one line: line ends and tabs become a space, other controls go. */
export function oneLine(text: string): string {
  return text.replace(LINE_BREAKS, " ").replace(UNSAFE, "");
}

/** A block of lines we built: our own line ends stay, every other control goes. */
export function safeLines(text: string): string {
  return text
    .split("\n")
    .map((line) => line.replace(/\t/g, " ").replace(/[\r\u0085\u2028\u2029]/g, " ").replace(UNSAFE, ""))
    .join("\n");
}

/**
 * JSON for the terminal: JSON.stringify escapes C0 controls but leaves C1 controls, bidi
 * controls and U+2028/2029 raw; escaping them keeps every value intact for a script.
 */
export function safeJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/[\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
