/**
 * `ird import-text` on the report PDF (issue 9): PDFs made here by hand (tests/support/pdf.ts),
 * read with pdf.js in a separate ird process, as a catalog keeper runs it. The text is written
 * for these tests.
 */
import { readFileSync, truncateSync } from "node:fs";
import { parseCatalog } from "../../src/domain/catalog";
import { linesAt, makePdf, type PlacedText } from "../support/pdf";
import { irdProcess, tempFiles } from "./support/cli";

const { file } = tempFiles("ird-import-pdf-");

function wrap(text: string, chars: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(" ")) {
    if (lines.length && lines[lines.length - 1].length + 1 + word.length <= chars) lines[lines.length - 1] += ` ${word}`;
    else lines.push(word);
  }
  return lines;
}

const RECS = [
  "By 30 September 2025, chief constables should make sure that every report of a missing child is risk assessed by a supervisor within an hour of the report.",
  "Forces should share the findings of each return home interview with the child’s social worker within three working days.",
  "The College of Policing should update its guidance on missing children to cover children placed out of their home area.",
  "Police and crime commissioners should commission independent advocates for children who go missing more than three times a year.",
];

/** A column of recommendations from (x, top) down: a label line, then the text wrapped to the column. */
function column(numbers: number[], x: number, top: number): PlacedText[] {
  const lines = numbers.flatMap((n) => [`Recommendation ${n}`, ...wrap(RECS[n - 1], 40), ""]);
  return linesAt(lines, x, top, 14, 10).filter((t) => t.text);
}

const footer = (page: number): PlacedText => ({ text: `Missing children inspection – page ${page}`, x: 200, y: 40, size: 9 });

/** Page 1: title, date and introduction in one column; page 2: a full-width heading over two columns of recommendations. */
const REPORT = makePdf(
  [
    {
      texts: [
        ...linesAt(["An inspection of how Eastmoor Police", "responds to missing children"], 56, 780, 24, 18),
        ...linesAt(["Published on: 3 March 2025", "", "We inspected how the force responds when a child goes missing from home or care."], 56, 700, 14, 10),
        footer(1),
      ],
    },
    { texts: [{ text: "Recommendations", x: 230, y: 790, size: 16 }, ...column([1, 2], 56, 750), ...column([3, 4], 314, 750), footer(2)] },
  ],
  { title: "Microsoft Word - missing children v7.docx" },
);

describe("ird import-text on a report PDF", () => {
  const report = file("missing-children.pdf", REPORT);

  it("reads the text layer into catalog JSON: title, publication date, and each recommendation whole, the left column before the right", () => {
    const r = irdProcess("import-text", report, "--json");
    // The title is the report's opening lines, not labelled as one (the PDF's Title property names a Word file).
    expect(r.stderr).toBe("ird: warning: Title taken from the first line (“An inspection of how Eastmoor Police responds to missing children”): check it (--title gives another).");
    expect(r.code).toBe(0);
    const inspection = JSON.parse(r.stdout);
    expect(inspection).toMatchObject({ title: "An inspection of how Eastmoor Police responds to missing children", publishedOn: "2025-03-03" });
    expect(inspection.recommendations.map((x: { number: number; text: string }) => [x.number, x.text])).toEqual(RECS.map((text, k) => [k + 1, text]));
    expect(inspection.recommendations.map((x: { due: string | null }) => x.due)).toEqual(["By 30 September 2025", null, null, null]);
    expect(parseCatalog({ inspections: [inspection] }).problems).toEqual([]);
  });

  it("adds it to a catalog file with --into", () => {
    const catalog = file("catalog.json", JSON.stringify({ schemaVersion: 1, inspections: [] }));
    const r = irdProcess("import-text", report, "--id", "missing-2025", "--into", catalog);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/added missing-2025 \(4 recommendations\)/);
    expect(JSON.parse(readFileSync(catalog, "utf8")).inspections.map((i: { id: string }) => i.id)).toEqual(["missing-2025"]);
  });

  it("takes the title from the PDF's properties when the text states none, and says which options to check", () => {
    const bare = makePdf([["Recommendations", "1. Forces should record every missing child report within an hour."]], { title: "Missing children: an inspection of Eastmoor Police" });
    const r = irdProcess("import-text", file("bare.pdf", bare), "--json");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).title).toBe("Missing children: an inspection of Eastmoor Police");
    expect(r.stderr.split("\n")).toEqual([
      "ird: warning: Title taken from the PDF's properties (“Missing children: an inspection of Eastmoor Police”): check it (--title gives another).",
      expect.stringMatching(/^ird: warning: No publication date found in the text: \d{4}-\d{2}-\d{2} used; check it \(--published gives another\)\.$/),
    ]);
  });

  it("reads a PDF whatever its file name says", () => {
    const r = irdProcess("import-text", file("report-as.txt", REPORT), "--json");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).recommendations).toHaveLength(4);
  });

  it("reads the pages it can of a PDF with a damaged page, and names the page it could not read", () => {
    const pdf = makePdf([["Recommendations", "1. Forces should record every missing child report within an hour."], ["2. Forces should share return home interviews."], { unreadable: true }]);
    const r = irdProcess("import-text", file("part-damaged.pdf", pdf), "--json");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).recommendations).toHaveLength(2);
    expect(r.stderr).toMatch(/^ird: warning: Page 3 of the PDF could not be read; check that no recommendation is missing\.$/m);
  });

  const tooLarge = () => {
    const big = file("huge.pdf", REPORT);
    truncateSync(big, 51 * 1024 * 1024);
    return big;
  };
  it.each([
    ["an encrypted PDF", () => file("locked.pdf", makePdf([["Recommendations", "1. Forces should act."]], { encrypted: true })), /locked\.pdf: the PDF is encrypted \(it needs a password to open\)/],
    ["a PDF of scanned pages", () => file("scanned.pdf", makePdf([{ drawing: "0.5 g 56 100 480 650 re f" }])), /scanned\.pdf: this PDF has no text layer/],
    ["a damaged PDF", () => file("damaged.pdf", REPORT.subarray(0, 300)), /damaged\.pdf: the PDF is damaged and cannot be read/],
    ["a file named .pdf that is not one", () => file("notes.pdf", "Recommendations\n1. Forces should act.\n"), /notes\.pdf: not a PDF/],
    ["a PDF over 50 MB", tooLarge, /huge\.pdf: too large \(51 MB; ird reads PDFs up to 50 MB\)/],
  ])("refuses %s with a one-line reason and exit 2", (_, make, reason) => {
    const r = irdProcess("import-text", make(), "--json");
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(reason);
    expect(r.stderr.split("\n")).toHaveLength(1);
    expect(r.stdout).toBe("");
  });

  it("says in --help that it reads PDFs", () => {
    const r = irdProcess("import-text", "--help");
    expect(r.stdout).toMatch(/^usage: ird import-text <file\.txt\|file\.pdf>/);
    expect(r.stdout).toMatch(/no text layer/);
  });
});
