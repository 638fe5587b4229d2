/**
 * A PDF page's text pieces (as pdf.js gives them: a string and where it is drawn) to the lines a
 * reader sees, in reading order, and pages to the text the report parser reads. Pages are
 * separated by a form feed, which the parser counts to tell running headers, footers and page
 * numbers from content.
 *
 * Two columns: a gap in x that runs down most of the page, with lines of text filling the space on
 * both sides of it, is a gutter; the left column is read before the right, so their lines never
 * interleave. A line that crosses the gutter (a full-width heading, a centred page number) stays
 * where it is and starts a new band of columns. Tables keep their rows: their narrow or ragged
 * columns are not read as text columns.
 *
 * Pure: pdf.js itself is called in src/taskpane/pdfText.ts (the pane) and src/cli/readPdf.ts (ird).
 */

/** The part of a pdf.js text item used here: `transform[4]` is x, `transform[5]` is y (from the page bottom). */
export interface PdfTextPiece {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL?: boolean;
}

/** What a PDF gives the report parser. */
export interface PdfDocumentText {
  /** Lines joined by newlines, pages by form feeds. */
  text: string;
  /** The title in the PDF's properties, when it has a usable one. */
  title: string | null;
  pages: number;
}

interface Placed {
  str: string;
  x: number;
  y: number;
  end: number;
  size: number;
}

type Row = Placed[];

interface Gutter {
  from: number;
  to: number;
}

function place(pieces: PdfTextPiece[]): Placed[] {
  return pieces
    .filter((p) => p.str !== "" && Array.isArray(p.transform) && p.transform.length >= 6 && p.transform.every(Number.isFinite))
    .map((p) => {
      const size = Math.abs(p.height) || Math.hypot(p.transform[2], p.transform[3]) || 10;
      return { str: p.str, x: p.transform[4], y: p.transform[5], end: p.transform[4] + Math.max(0, p.width || 0), size };
    });
}

/** Pieces on one baseline (within a third of the text height) are a row; the top of the page first. */
function rowsOf(placed: Placed[]): Row[] {
  const sorted = [...placed].sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: Row[] = [];
  for (const piece of sorted) {
    const row = rows.find((r) => Math.abs(r[0].y - piece.y) <= Math.max(1, Math.min(r[0].size, piece.size) / 3));
    if (row) row.push(piece);
    else rows.push([piece]);
  }
  return rows.sort((a, b) => b[0].y - a[0].y);
}

/** A row's pieces left to right, with a space where the page has a gap and a tab where it has a wide one (table cells). */
function lineOf(row: Row): string {
  const pieces = [...row].sort((a, b) => a.x - b.x);
  let line = "";
  let end = -Infinity;
  for (const piece of pieces) {
    const gap = piece.x - end;
    const spaced = /\s$/.test(line) || /^\s/.test(piece.str);
    if (line && !spaced && gap > piece.size * 0.15) line += gap > piece.size * 3 ? "\t" : " ";
    line += piece.str;
    end = Math.max(end, piece.end);
  }
  return line.replace(/[ ]{2,}/g, " ").trimEnd();
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const crosses = (row: Row, at: number) => row.some((p) => p.x < at && p.end > at);

/** Share of a column's lines that run to within a fifth of its width of its right edge, as prose does and table cells seldom do. */
function filled(lines: Row[]): number {
  const starts = lines.map((r) => Math.min(...r.map((p) => p.x)));
  const ends = lines.map((r) => Math.max(...r.map((p) => p.end)));
  const left = Math.min(...starts);
  const right = Math.max(...ends);
  return ends.filter((e) => e >= right - (right - left) / 5).length / lines.length;
}

/** The two sides of each row that does not cross the gutter. */
function sides(rows: Row[], at: number): { left: Row[]; right: Row[] } {
  const left: Row[] = [];
  const right: Row[] = [];
  for (const row of rows) {
    if (crosses(row, at)) continue;
    const l = row.filter((p) => (p.x + p.end) / 2 < at);
    const r = row.filter((p) => (p.x + p.end) / 2 >= at);
    if (l.length) left.push(l);
    if (r.length) right.push(r);
  }
  return { left, right };
}

/**
 * The gutter between two columns of text, or null for a page read as one column. At each point
 * across the page, count the rows with ink there: a gutter is a run of points (at least about a
 * character wide) where at most a fifth of the rows have ink (those are full-width lines), with a
 * column of at least a quarter of the text's width on each side, each side at least three lines
 * deep, and most lines on each side filling their column.
 */
function findGutter(rows: Row[]): Gutter | null {
  if (rows.length < 6) return null;
  const pieces = rows.flat();
  const left = Math.min(...pieces.map((p) => p.x));
  const right = Math.max(...pieces.map((p) => p.end));
  const span = right - left;
  if (!(span > 0)) return null;
  const size = median(pieces.map((p) => p.size));
  const step = Math.max(0.5, span / 2000);
  const cells = Math.ceil(span / step);
  const ink = new Uint16Array(cells);
  const hit = new Uint8Array(cells);
  for (const row of rows) {
    hit.fill(0);
    for (const p of row) {
      for (let i = Math.max(0, Math.floor((p.x - left) / step)); i < Math.min(cells, Math.ceil((p.end - left) / step)); i++) hit[i] = 1;
    }
    for (let i = 0; i < cells; i++) ink[i] += hit[i];
  }
  const allowed = Math.floor(rows.length / 5);
  const candidates: Gutter[] = [];
  for (let i = 0; i < cells; ) {
    if (ink[i] > allowed) {
      i++;
      continue;
    }
    let j = i;
    while (j < cells && ink[j] <= allowed) j++;
    const gutter = { from: left + i * step, to: left + j * step };
    if (gutter.to - gutter.from >= Math.max(4, size * 0.8) && gutter.from - left >= span / 4 && right - gutter.to >= span / 4) candidates.push(gutter);
    i = j;
  }
  candidates.sort((a, b) => b.to - b.from - (a.to - a.from));
  for (const gutter of candidates) {
    const { left: l, right: r } = sides(rows, (gutter.from + gutter.to) / 2);
    if (l.length >= 3 && r.length >= 3 && filled(l) >= 0.4 && filled(r) >= 0.4) return gutter;
  }
  return null;
}

/** Lines of one page in reading order: top to bottom, and on a two-column page each column of a band in turn. */
export function pageLines(pieces: PdfTextPiece[]): string[] {
  const rows = rowsOf(place(pieces));
  const gutter = findGutter(rows);
  if (!gutter) return rows.map(lineOf);
  const at = (gutter.from + gutter.to) / 2;
  const lines: string[] = [];
  let band: Row[] = [];
  const flush = () => {
    const { left, right } = sides(band, at);
    lines.push(...left.map(lineOf), ...right.map(lineOf));
    band = [];
  };
  for (const row of rows) {
    if (!crosses(row, at)) {
      band.push(row);
      continue;
    }
    flush();
    lines.push(lineOf(row));
  }
  flush();
  return lines;
}

/** What pdf.js gives for a document, as far as reading its text needs. */
export interface PdfPages {
  numPages: number;
  getPage(n: number): Promise<{ getTextContent(): Promise<{ items: ReadonlyArray<object> }>; cleanup(): unknown }>;
}

/**
 * Each page's text pieces, in page order. A page that cannot be read (damaged) gives none and is
 * listed in `unreadPages`; the others are still read. `beforePage` runs before each page (progress,
 * or a throw to stop).
 */
export async function readPdfPages(doc: PdfPages, beforePage: (n: number, pages: number) => void = () => undefined): Promise<{ pages: PdfTextPiece[][]; unreadPages: number[] }> {
  const pages: PdfTextPiece[][] = [];
  const unreadPages: number[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    beforePage(n, doc.numPages);
    try {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      pages.push(content.items.filter((i): i is PdfTextPiece => "str" in i));
      page.cleanup();
    } catch {
      unreadPages.push(n);
      pages.push([]);
    }
  }
  return { pages, unreadPages };
}

/** The whole document as text: lines joined by newlines, pages by form feeds. */
export function pdfText(pages: PdfTextPiece[][]): string {
  return pages.map((p) => pageLines(p).join("\n")).join("\n\f\n");
}

/** The PDF's Title property, unless it says nothing about the report ("Microsoft Word - report v3.docx" and the like). */
export function usableTitle(title: unknown): string | null {
  if (typeof title !== "string") return null;
  const t = title.replace(/\s+/g, " ").trim();
  if (t.length < 6 || /^(?:microsoft (?:word|powerpoint)|untitled|document\d*$)|\.(?:docx?|pdf|indd)$/i.test(t)) return null;
  return t;
}
