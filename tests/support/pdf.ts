/**
 * A minimal PDF writer for tests: Helvetica text placed where a test says, an Info title, and the
 * shapes of PDFs a reader must refuse (encrypted, image-only). Offsets are computed, so pdf.js reads
 * the files without repair. Written by hand here, so no binary fixture comes from elsewhere.
 */

/** One run of text at (x, y) in points from the page's bottom left. */
export interface PlacedText {
  text: string;
  x: number;
  y: number;
  size?: number;
}

/**
 * A page: lines set one under another from the top left, or text placed exactly, or only a drawing,
 * or a damaged page (its entry in the page tree is not a page at all, so a reader cannot open it).
 */
export type PdfPage = string[] | { texts: PlacedText[] } | { drawing: string } | { unreadable: true };

export interface PdfOptions {
  title?: string;
  /** An /Encrypt dictionary whose user password is not empty: a reader must ask for it. */
  encrypted?: boolean;
}

// WinAnsiEncoding for the typographic characters report text uses; the rest of Latin-1 is itself.
const WIN_ANSI: Record<string, string> = { "‘": "\x91", "’": "\x92", "“": "\x93", "”": "\x94", "–": "\x96", "—": "\x97", "•": "\x95" };
const pdfString = (s: string) => `(${s.replace(/[‘’“”–—•]/g, (c) => WIN_ANSI[c]).replace(/[\\()]/g, (c) => `\\${c}`)})`;

/** `lines` as text runs: 11 pt, 16 pt apart, from 72 pt in and 82 pt down an A4 page. */
export function linesAt(lines: string[], x = 72, top = 760, leading = 16, size = 11): PlacedText[] {
  return lines.map((text, k) => ({ text, x, y: top - k * leading, size }));
}

export function makePdf(pages: PdfPage[], options: PdfOptions = {}): Buffer {
  const objects: string[] = [];
  const add = (body: string) => objects.push(body); // the 1-based object number
  const catalog = add("<< /Type /Catalog /Pages 2 0 R >>");
  add("PAGES");
  const font = add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
  const info = options.title === undefined ? null : add(`<< /Title ${pdfString(options.title)} >>`);
  const encrypt = options.encrypted ? add(`<< /Filter /Standard /V 1 /R 2 /O <${"7a".repeat(32)}> /U <${"3c".repeat(32)}> /P -44 >>`) : null;
  const kids: number[] = [];
  for (const page of pages) {
    if (!Array.isArray(page) && "unreadable" in page) {
      kids.push(add("[ 1 2 3 ]"));
      continue;
    }
    const texts = Array.isArray(page) ? linesAt(page) : "texts" in page ? page.texts : [];
    const drawing = !Array.isArray(page) && "drawing" in page ? page.drawing : "";
    const stream = [drawing, ...texts.map((t) => `BT /F1 ${t.size ?? 11} Tf 1 0 0 1 ${t.x} ${t.y} Tm ${pdfString(t.text)} Tj ET`)].filter(Boolean).join("\n");
    const content = add(`<< /Length ${Buffer.byteLength(stream, "latin1")} >>\nstream\n${stream}\nendstream`);
    kids.push(add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${content} 0 R >>`));
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(" ")}] /Count ${kids.length} >>`;
  let out = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, "latin1"));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, "latin1");
  const trailer = [`/Size ${objects.length + 1}`, `/Root ${catalog} 0 R`, info && `/Info ${info} 0 R`, encrypt && `/Encrypt ${encrypt} 0 R /ID [<${"0f".repeat(16)}> <${"0f".repeat(16)}>]`].filter(Boolean).join(" ");
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  out += `trailer\n<< ${trailer} >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, "latin1");
}
