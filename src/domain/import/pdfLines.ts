/**
 * A PDF page's text pieces (as pdf.js gives them: a string and where it is drawn) to the lines a
 * reader sees, and pages to the text the report parser reads. Pages are separated by a form feed,
 * which the parser counts to tell running headers, footers and page numbers from content.
 */

/** The part of a pdf.js text item used here: `transform[4]` is x, `transform[5]` is y (from the page bottom). */
export interface PdfTextPiece {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL?: boolean;
}

interface Placed {
  str: string;
  x: number;
  y: number;
  end: number;
  size: number;
}

/** Lines of one page, top to bottom, pieces left to right, with a space where the page has a gap. */
export function pageLines(pieces: PdfTextPiece[]): string[] {
  const placed: Placed[] = pieces
    .filter((p) => p.str !== "" && Array.isArray(p.transform) && p.transform.length >= 6)
    .map((p) => {
      const size = Math.abs(p.height) || Math.hypot(p.transform[2], p.transform[3]) || 10;
      return { str: p.str, x: p.transform[4], y: p.transform[5], end: p.transform[4] + (p.width || 0), size };
    });
  // Top of the page first; pieces on one baseline (within a third of the text height) are a line.
  placed.sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: Placed[][] = [];
  for (const piece of placed) {
    const row = rows.find((r) => Math.abs(r[0].y - piece.y) <= Math.max(1, Math.min(r[0].size, piece.size) / 3));
    if (row) row.push(piece);
    else rows.push([piece]);
  }
  rows.sort((a, b) => b[0].y - a[0].y);
  return rows.map((row) => {
    row.sort((a, b) => a.x - b.x);
    let line = "";
    let end = -Infinity;
    for (const piece of row) {
      const gap = piece.x - end;
      const spaced = /\s$/.test(line) || /^\s/.test(piece.str);
      if (line && !spaced && gap > piece.size * 0.15) line += gap > piece.size * 3 ? "\t" : " ";
      line += piece.str;
      end = Math.max(end, piece.end);
    }
    return line.replace(/[ ]{2,}/g, " ").trimEnd();
  });
}

/** The whole document as text: lines joined by newlines, pages by form feeds. */
export function pdfText(pages: PdfTextPiece[][]): string {
  return pages.map((p) => pageLines(p).join("\n")).join("\n\f\n");
}
