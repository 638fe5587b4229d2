// Add inspection in the preview: a user pastes a report's text (written for this test), corrects
// what was read, saves it as the office's own and inserts the full response into the document;
// and opens a report PDF (made here, by hand) that pdf.js reads in the pane, from our own origin.
import { openPreview, screenshot, type PreviewSession } from "./support";
import { chooseHouseStyle, control, paneAxeViolations, paneWidths, screenshotPane, skipWelcome, taskPane } from "./paneFlows";

const REPORT = `An inspection of how Eastmoor Police responds to missing children
Published on: 3 March 2025

Recommendations

Recommendation 1
By 30 September 2025, chief constables should make sure that every report of a missing child is risk assessed by a supervisor.

Recommendation 2
Chief constables should review how return home interviews are shared with children's services.

Recommendation 3
Police and crime commissioners should commision independent advocates for children who go missing repeatedly.
`;

/** A minimal PDF: Helvetica text lines placed on pages, with an Info title. Offsets are computed, so pdf.js reads it without repair. */
function makePdf(pages: string[][], title: string): Buffer {
  const esc = (s: string) => s.replace(/[\\()]/g, (c) => `\\${c}`);
  const objects: string[] = [];
  const add = (body: string) => objects.push(body); // the 1-based object number
  const catalog = add("<< /Type /Catalog /Pages 2 0 R >>");
  add("PAGES");
  const font = add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
  const info = add(`<< /Title (${esc(title)}) >>`);
  const kids: number[] = [];
  for (const lines of pages) {
    const stream = lines.map((line, k) => `BT /F1 11 Tf 1 0 0 1 72 ${760 - k * 16} Tm (${esc(line)}) Tj ET`).join("\n");
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
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R /Info ${info} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, "latin1");
}

describe("adding an inspection from pasted text at 320 px", () => {
  let session: PreviewSession;
  beforeAll(async () => {
    session = await openPreview("preview.html?width=320");
  });
  afterAll(async () => {
    await session?.close();
  });

  it("reads the text, takes a correction, saves it and inserts the full response for it", async () => {
    const { page } = session;
    const pane = taskPane(page);
    await skipWelcome(pane);
    await pane.getByRole("tab", { name: "Inspections" }).click();
    await pane.getByRole("button", { name: "Add inspection" }).click();
    await pane.getByRole("textbox", { name: /Report text/ }).fill(REPORT);
    await pane.getByRole("button", { name: "Find recommendations" }).click();

    await pane.getByRole("heading", { name: "Check what was found" }).waitFor();
    const found = pane.getByRole("list", { name: "What was found" });
    expect(await found.getByRole("group", { name: /^Recommendation \d$/ }).count()).toBe(3);
    expect(await pane.getByRole("textbox", { name: /^Publication date/ }).inputValue()).toBe("2025-03-03");
    expect(await pane.getByRole("textbox", { name: /^Title/ }).inputValue()).toBe("An inspection of how Eastmoor Police responds to missing children");
    expect(await paneWidths(page)).toEqual(expect.objectContaining({ scrollWidth: 320 }));
    expect(await paneAxeViolations(page)).toEqual([]);
    await screenshotPane(page, "import-preview-light-320");

    // The report misspelt a word: correct it, and give the inspection a short title.
    const three = pane.getByRole("group", { name: "Recommendation 3" }).getByRole("textbox", { name: "Text" });
    await three.fill((await three.inputValue()).replace("commision", "commission"));
    await pane.getByRole("textbox", { name: /^Short title/ }).fill("Eastmoor missing children");
    await pane.getByRole("button", { name: "Save inspection" }).click();

    const entry = pane.getByRole("list", { name: /^Inspections/ }).getByRole("button", { name: /^Eastmoor missing children/ });
    await entry.waitFor();
    expect(await entry.innerText()).toContain("added by your office");
    expect(await paneWidths(page)).toEqual(expect.objectContaining({ scrollWidth: 320 }));
    await entry.click();
    await pane.getByRole("tab", { name: "Draft", selected: true }).waitFor();
    await chooseHouseStyle(pane, "Narrative letter");
    await pane.getByRole("button", { name: "Insert full response" }).click();

    await control(page, "Recommendation 3").waitFor({ timeout: 20_000 });
    expect(await control(page, "Recommendation 3 text").innerText()).toContain("should commission independent advocates");
    expect(await control(page, "Recommendation 1 text").innerText()).toContain("every report of a missing child is risk assessed");
    await screenshot(page, "import-drafted");
    expect(session.allProblems()).toEqual([]);
  });
});

describe("adding an inspection from the report PDF at 500 px", () => {
  let session: PreviewSession;
  beforeAll(async () => {
    session = await openPreview("preview.html?width=500");
  });
  afterAll(async () => {
    await session?.close();
  });

  it("reads the PDF's text in the pane, without running headers or page numbers, and finds its recommendations", async () => {
    const { page } = session;
    const pane = taskPane(page);
    await skipWelcome(pane);
    await pane.getByRole("tab", { name: "Inspections" }).click();
    await pane.getByRole("button", { name: "Add inspection" }).click();
    const header = "Eastmoor custody inspection 2025";
    const pdf = makePdf(
      [
        [header, "Published on: 12 May 2025", "", "Recommendations", "", "Recommendation 1", "By 31 December 2025, the force should make sure that every detainee", "is offered a solicitor before any interview.", "", "Page 1 of 3"],
        [header, "Recommendation 2", "The force should record each use of force in custody and review the", "records every month.", "", "Page 2 of 3"],
        [header, "Recommendation 3", "Police and crime commissioners should fund independent custody visitors.", "", "Page 3 of 3"],
      ],
      "Eastmoor custody inspection",
    );
    await pane.locator('input[aria-label="Report PDF"]').setInputFiles({ name: "eastmoor-custody.pdf", mimeType: "application/pdf", buffer: pdf });

    await pane.getByRole("heading", { name: "Check what was found" }).waitFor({ timeout: 30_000 });
    const found = pane.getByRole("list", { name: "What was found" });
    expect(await found.getByRole("group", { name: /^Recommendation \d$/ }).count()).toBe(3);
    const text = (n: number) => pane.getByRole("group", { name: `Recommendation ${n}` }).getByRole("textbox", { name: "Text" }).inputValue();
    expect(await text(1)).toBe("By 31 December 2025, the force should make sure that every detainee is offered a solicitor before any interview.");
    expect(await text(2)).toBe("The force should record each use of force in custody and review the records every month.");
    expect(await text(3)).toBe("Police and crime commissioners should fund independent custody visitors.");
    expect(await pane.getByRole("textbox", { name: /^Publication date/ }).inputValue()).toBe("2025-05-12");
    expect(await pane.getByRole("group", { name: "Recommendation 1" }).getByRole("textbox", { name: /^Due/ }).inputValue()).toBe("By 31 December 2025");
    expect(await paneWidths(page)).toEqual(expect.objectContaining({ scrollWidth: 500 }));
    await screenshotPane(page, "import-pdf-preview-light-500");
    // pdf.js and its worker came from the add-in's own server: nothing external was asked for.
    expect(session.allProblems()).toEqual([]);
  });
});
