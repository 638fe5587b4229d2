/**
 * A PDF page's text pieces to lines in reading order: one column as it is, two columns left then
 * right, full-width headings where they stand, tables row by row. Pieces are made here the way
 * pdf.js gives them (a string, its transform and width); the text is written for these tests.
 */
import fc from "fast-check";
import { importReportText } from "../../../src/domain/import";
import { pageLines, pdfText, usableTitle, type PdfTextPiece } from "../../../src/domain/import/pdfLayout";

const SIZE = 10;
/** Helvetica-like: half the font size a character. */
const at = (str: string, x: number, y: number, size = SIZE): PdfTextPiece => ({ str, transform: [size, 0, 0, size, x, y], width: str.length * size * 0.5, height: size });

/** Words wrapped into lines of at most `chars` characters. */
function wrap(text: string, chars: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/)) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last].length + 1 + word.length <= chars) lines[last] += ` ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** Lines set from `top` down at 14 pt, as one piece each or a piece a word (as some PDFs give them). */
function set(lines: string[], x: number, top: number, perWord = false): PdfTextPiece[] {
  return lines.flatMap((line, k) => {
    const y = top - k * 14;
    if (!perWord) return [at(line, x, y)];
    let cx = x;
    return line.split(" ").map((w) => {
      const piece = at(w, cx, y);
      cx += (w.length + 1) * SIZE * 0.5;
      return piece;
    });
  });
}

const LEFT = [
  ["Recommendation 1", "By 31 March 2026, chief constables should make sure that every report of stalking is reviewed by a supervisor within a day of being recorded, and that the review is written down."],
  ["Recommendation 2", "Forces should give each victim of stalking a named officer who stays with the case until it ends and tells the victim about every decision."],
];
const RIGHT = [
  ["Recommendation 3", "The College of Policing should publish guidance on the use of stalking protection orders, including when an interim order is needed to protect a victim."],
  ["Recommendation 4", "The Home Office should review how stalking offences are recorded so that forces count them in the same way and report them each year."],
];
// Columns 225 pt wide (45 characters) with a 33 pt gutter, as an A4 two-column report sets them.
const leftLines = LEFT.flatMap(([label, text]) => [label, ...wrap(text, 45)]);
const rightLines = RIGHT.flatMap(([label, text]) => [label, ...wrap(text, 45)]);
const prose = [...LEFT, ...RIGHT].map(([, text]) => text).join(" ");

describe("PDF text pieces to lines", () => {
  it("joins pieces on one baseline left to right, top line first, with spaces at gaps", () => {
    expect(pageLines([at("should act.", 160, 700), at("Recommendation 1", 72, 720), at("Chief constables", 72, 700.5)])).toEqual(["Recommendation 1", "Chief constables should act."]);
  });

  it("separates pages with a form feed", () => {
    expect(pdfText([[at("Page one", 72, 700)], [at("Page two", 72, 700)]])).toBe("Page one\n\f\nPage two");
  });

  it("reads a two-column page down the left column, then down the right, whether a piece is a line or a word", () => {
    for (const perWord of [false, true]) {
      const page = [...set(leftLines, 56, 760, perWord), ...set(rightLines, 314, 760, perWord)];
      expect(pageLines(page)).toEqual([...leftLines, ...rightLines]);
    }
  });

  it("keeps a full-width heading above the columns and a centred page number below them where they stand", () => {
    const page = [
      at("Recommendations made to forces and national bodies in this inspection", 56, 790, 14),
      ...set(leftLines, 56, 760),
      ...set(rightLines.slice(0, 5), 314, 760),
      at("12", 292, 40),
    ];
    expect(pageLines(page)).toEqual(["Recommendations made to forces and national bodies in this inspection", ...leftLines, ...rightLines.slice(0, 5), "12"]);
  });

  it("reads two bands of columns, split by a full-width heading, band after band", () => {
    const top = [...set(leftLines.slice(0, 4), 56, 760), ...set(rightLines.slice(0, 4), 314, 760)];
    const heading = at("Annex A: how the inspection was carried out and who took part in it", 56, 690, 12);
    const bottom = [...set(leftLines.slice(4), 56, 660), ...set(rightLines.slice(4), 314, 660)];
    expect(pageLines([...bottom, heading, ...top])).toEqual([
      ...leftLines.slice(0, 4),
      ...rightLines.slice(0, 4),
      "Annex A: how the inspection was carried out and who took part in it",
      ...leftLines.slice(4),
      ...rightLines.slice(4),
    ]);
  });

  it("leaves a one-column page as it is, short last lines of paragraphs and all", () => {
    const lines = wrap(prose, 96);
    expect(pageLines(set(lines, 56, 760, true))).toEqual(lines);
  });

  it("keeps a table's rows together: a number, the recommendation and its status on one line", () => {
    const rows = [
      ["No.", "Recommendation", "Status"],
      ["1", "Chief constables should review stalking cases.", "Completed"],
      ["2", "Forces should name an officer for each victim.", "Ongoing"],
      ["3", "The College should publish stalking guidance.", "Partially completed"],
      ["4", "The Home Office should review crime recording.", "Not started"],
      ["5", "Forces should train call handlers on stalking.", "Completed"],
      ["6", "Chief constables should audit protection orders.", "Ongoing"],
    ];
    const page = rows.flatMap((cells, k) => [at(cells[0], 56, 760 - k * 20), at(cells[1], 110, 760 - k * 20), at(cells[2], 400, 760 - k * 20)]);
    expect(pageLines(page)).toEqual(rows.map((cells) => cells.join("\t")));
  });

  it("keeps a two-column table of names and text row by row", () => {
    const rows = [
      ["Kent Police", "Review how stalking reports are risk assessed by supervisors."],
      ["Metropolitan Police Service", "Name an officer for each victim of stalking."],
      ["Cumbria Constabulary", "Publish its stalking policy on its website."],
      ["Dorset Police", "Train call handlers to recognise stalking."],
      ["West Midlands Police", "Audit its use of stalking protection orders."],
      ["Avon and Somerset Police", "Record stalking offences in the same way."],
    ];
    const page = rows.flatMap((cells, k) => [at(cells[0], 56, 760 - k * 20), at(cells[1], 250, 760 - k * 20)]);
    expect(pageLines(page)).toEqual(rows.map((cells) => cells.join("\t")));
  });

  it("never loses or repeats a piece of text, whatever the columns", () => {
    const word = fc.stringMatching(/^[a-z]{1,9}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 120 }), fc.array(word, { maxLength: 120 }), fc.boolean(), (l, r, perWord) => {
        const left = wrap(l.join(" "), 45);
        const right = r.length ? wrap(r.join(" "), 45) : [];
        const lines = pageLines([...set(left, 56, 760, perWord), ...set(right, 314, 760, perWord)]);
        const words = (s: string[]) => s.join(" ").split(/\s+/).filter(Boolean).sort();
        expect(words(lines)).toEqual(words([...left, ...right]));
      }),
      { numRuns: 150 },
    );
  });

  it("gives the report parser each recommendation whole from a two-column page", () => {
    const page = [at("Stalking: an inspection of the police response", 56, 800, 14), ...set(leftLines, 56, 760), ...set(rightLines, 314, 760)];
    const read = importReportText(pdfText([page]), { today: "2026-01-05" });
    expect(read.inspection!.recommendations.map((r) => [r.number, r.text.slice(0, 40)])).toEqual([
      [1, "By 31 March 2026, chief constables shoul"],
      [2, "Forces should give each victim of stalki"],
      [3, "The College of Policing should publish g"],
      [4, "The Home Office should review how stalki"],
    ]);
  });
});

describe("the PDF's title property", () => {
  it("is used only when it names the report", () => {
    expect(usableTitle("  Stalking:  an inspection ")).toBe("Stalking: an inspection");
    expect(usableTitle("Microsoft Word - stalking report v3.docx")).toBeNull();
    expect(usableTitle("Untitled")).toBeNull();
    expect(usableTitle(undefined)).toBeNull();
  });
});
