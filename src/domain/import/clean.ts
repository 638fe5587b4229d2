/**
 * Report text as pasted or extracted from a PDF, made readable line by line: page chrome
 * (page numbers, running headers and footers) marked, footnote markers and footnote bodies
 * dropped, and a way to join hard-broken lines back into sentences.
 */
import { KEEP_HYPHEN_PREFIXES, MODALS, SECTION_HEADINGS, STATUS_LOG_START } from "./words";

/** One line of the report, trimmed; `page` counts form feeds, for telling headers from content. */
export interface Line {
  text: string;
  page: number;
  /** Page furniture: never part of a recommendation. */
  chrome: boolean;
  /** The line held tabs between cells (a table row pasted from Word or Excel). */
  cells?: string[];
}

const PAGE_NUMBER = /^(?:page\s+\d{1,4}(?:\s+of\s+\d{1,4})?|[-–—]\s*\d{1,4}\s*[-–—]|\d{1,4}\s*\/\s*\d{1,4})$/i;
const SUPERSCRIPTS = /[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+/g;

/** Characters a PDF or a Word paste brings that the rules should not have to know about. */
export function normaliseText(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/[\u2028\u2029]/g, "\n")
    .replace(/\n?\f\n?/g, "\n\f\n")
    .replace(/[\u00a0\u2007\u202f]/g, " ")
    .replace(/\u00ad|\u200b|\u200c|\u200d|\ufeff/g, "")
    .replace(/\ufb01/g, "fi")
    .replace(/\ufb02/g, "fl")
    .replace(/\ufb00/g, "ff")
    .replace(/\ufb03/g, "ffi")
    .replace(/\ufb04/g, "ffl")
    // Bullets as Word's Symbol font and PDFs give them.
    .replace(/[\uf0b7\uf0a7\uf076\uf0d8\uf0fc\u25aa\u25cf\u2022\u2023\u2043\u25e6\u25cb\u2219]/g, (c) => (c === "\u25e6" || c === "\u25cb" ? "◦" : "•"))
    .replace(SUPERSCRIPTS, "")
    // Markup a conversion to text leaves behind: "## **Recommendations**", "16<sup>th</sup>".
    .replace(/<\/?(?:sup|sub|b|i|u|em|strong|span|p|br)\b[^>]*>/gi, "")
    .replace(/^[ \t]*#{1,6}[ \t]+/gm, "")
    .replace(/\*\*|__/g, "")
    .replace(/(^|\s)\*(?=\S)|(?<=\S)\*(?=\s|$)/gm, "$1");
}

/** A line's shape with its numbers blanked: running headers and footers share it across pages. */
const shapeOf = (line: string) => line.toLowerCase().replace(/\d+/g, "#").replace(/\s+/g, " ").trim();

const isStructural = (line: string) =>
  SECTION_HEADINGS.some((h) => h.pattern.test(line.replace(/[:.]$/, ""))) ||
  MODALS.test(line) ||
  STATUS_LOG_START.test(line) ||
  /\(\d{3,6}\)\s*$/.test(line) ||
  /^(?:recommendation|cause of concern|area for improvement|afi)\b/i.test(line);

/**
 * Splits text into lines and marks page chrome: page numbers ("Page 3 of 40", "- 3 -") and short
 * lines that repeat, numbers aside, on three or more pages or places (running headers and footers).
 */
export function toLines(text: string): Line[] {
  const raw = normaliseText(text).split("\n");
  const lines: Line[] = [];
  let page = 0;
  for (const r of raw) {
    if (r === "\f") {
      page++;
      lines.push({ text: "\f", page, chrome: true });
      continue;
    }
    const inner = r.replace(/^\s+/, "").replace(/\s+$/, "");
    // Tabs between content are cell boundaries; leading tabs are only indentation.
    const cells = /\S\t+\S/.test(inner) ? inner.split(/\t+/).map((c) => c.trim()) : undefined;
    const t = inner.replace(/\s+/g, " ");
    lines.push({ text: t, page, chrome: PAGE_NUMBER.test(t), ...(cells ? { cells } : {}) });
  }
  const counts = new Map<string, Set<number>>();
  const seen = new Map<string, number>();
  lines.forEach((l, i) => {
    if (!l.text || l.chrome || l.cells) return;
    const s = shapeOf(l.text);
    if (s === "#" || s.length > 110) return;
    seen.set(s, (seen.get(s) ?? 0) + 1);
    counts.set(s, (counts.get(s) ?? new Set()).add(page ? l.page : i));
  });
  const paged = page > 0;
  for (const l of lines) {
    if (!l.text || l.chrome || l.cells) continue;
    const s = shapeOf(l.text);
    const n = paged ? (counts.get(s)?.size ?? 0) : (seen.get(s) ?? 0);
    if (n >= 3 && !isStructural(l.text)) l.chrome = true;
  }
  dropFootnotes(lines);
  return lines;
}

const GLUED_MARKER = /([a-z]{2,}|[a-z][.,;:)\]’”"'])(\d{1,3})(?=[\s.,;:)’”"']|$)/g;

/**
 * Footnote markers glued to words ("victims.12", "recorded3") go; their bodies ("12 Home Office
 * counting rules…") at the foot of a page go with them.
 */
function dropFootnotes(lines: Line[]) {
  const markers = new Set<string>();
  for (const l of lines) {
    if (l.chrome || !l.text) continue;
    l.text = l.text
      .split(" ")
      .map((word) => (/[/@]|\d{4}/.test(word) ? word : word.replace(GLUED_MARKER, (_, w: string, n: string) => (markers.add(n), w))))
      .join(" ");
    if (l.cells) l.cells = l.cells.map((c) => c.replace(GLUED_MARKER, "$1"));
  }
  for (let i = 0; i < lines.length; i++) {
    const m = /^(\d{1,3})\s+(?=\S)/.exec(lines[i].text);
    if (!m || !markers.has(m[1]) || lines[i].chrome) continue;
    // A footnote body sits at the foot of a page: what follows it is page chrome, a page break or the end.
    let j = i + 1;
    while (j < lines.length && j - i <= 4 && lines[j].text && !lines[j].chrome && !/^\d{1,3}\s/.test(lines[j].text)) j++;
    let after = j;
    while (after < lines.length && !lines[after].text) after++;
    const next = lines[after];
    const atFoot = !next || next.chrome || (/^(\d{1,3})\s/.test(next.text) && markers.has(/^\d{1,3}/.exec(next.text)![0]));
    if (!atFoot) continue;
    for (let k = i; k < j; k++) lines[k].chrome = true;
  }
}

/**
 * Joins hard-broken lines into one paragraph. A hyphen at a line end is a soft hyphen unless the
 * report writes that word hyphenated elsewhere, or the piece before it is a prefix that keeps one
 * ("co-", "wrap-").
 */
export function joinLines(parts: string[], vocabulary: Set<string>): string {
  let out = "";
  for (const raw of parts) {
    const line = raw.trim();
    if (!line) continue;
    if (!out) {
      out = line;
      continue;
    }
    const hy = /([A-Za-z]+)-$/.exec(out);
    if (hy && /^[a-z]/.test(line)) {
      const head = hy[1];
      const tail = /^[a-z]+/.exec(line)![0];
      const hyphened = `${head}-${tail}`.toLowerCase();
      const closed = `${head}${tail}`.toLowerCase();
      const keep = vocabulary.has(hyphened) || (!vocabulary.has(closed) && KEEP_HYPHEN_PREFIXES.has(head.toLowerCase()));
      out = keep ? out + line : out.slice(0, -1) + line;
    } else {
      out = `${out} ${line}`;
    }
  }
  return out.replace(/\s+([,.;:])/g, "$1").replace(/\s{2,}/g, " ").trim();
}

/** The words of the whole text, hyphenated forms included, for telling soft hyphens from real ones. */
export function vocabularyOf(lines: Line[]): Set<string> {
  const words = new Set<string>();
  for (const l of lines) {
    for (const w of l.text.toLowerCase().match(/[a-z]+(?:-[a-z]+)*/g) ?? []) {
      // A word hyphenated at a line end is not evidence of itself.
      if (!l.text.toLowerCase().endsWith(`${w}-`)) words.add(w);
    }
  }
  return words;
}
