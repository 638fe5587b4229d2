// Add inspection in the preview: a user pastes a report's text (written for this test), corrects
// what was read, saves it as the office's own and inserts the full response into the document;
// and opens a report PDF (made here, by hand) that pdf.js reads in the pane, from our own origin.
import { openPreview, screenshot, type PreviewSession } from "./support";
import { chooseHouseStyle, control, paneAxeViolations, paneWidths, screenshotPane, skipWelcome, taskPane } from "./paneFlows";
import { linesAt, makePdf } from "../support/pdf";

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

  it("reads the PDF's text in the pane, without running headers or page numbers, a two-column page column by column, and finds its recommendations", async () => {
    const { page } = session;
    const pane = taskPane(page);
    await skipWelcome(pane);
    await pane.getByRole("tab", { name: "Inspections" }).click();
    await pane.getByRole("button", { name: "Add inspection" }).click();
    // A report of scanned pages first: the pane says why it cannot be read.
    const scanned = makePdf([{ drawing: "0.5 g 56 100 480 650 re f" }]);
    await pane.locator('input[aria-label="Report PDF"]').setInputFiles({ name: "scanned.pdf", mimeType: "application/pdf", buffer: scanned });
    await pane.getByText(/^“scanned\.pdf” could not be read: this PDF has no text layer/).waitFor({ timeout: 30_000 });

    const header = "Eastmoor custody inspection 2025";
    const pdf = makePdf(
      [
        [header, "Published on: 12 May 2025", "", "Recommendations", "", "Recommendation 1", "By 31 December 2025, the force should make sure that every detainee", "is offered a solicitor before any interview.", "", "Page 1 of 3"],
        [header, "Recommendation 2", "The force should record each use of force in custody and review the", "records every month.", "", "Page 2 of 3"],
        // Two columns: the pane reads the left one before the right, so their lines do not interleave.
        {
          texts: [
            ...linesAt([header], 72, 760),
            ...linesAt(["Recommendation 3", "Police and crime commissioners should", "fund independent custody visitors for", "every custody suite in the force area."], 56, 720, 14, 10),
            ...linesAt(["Recommendation 4", "The force should give each detainee a", "leaflet on their rights in a language", "they understand."], 314, 720, 14, 10),
            ...linesAt(["Page 3 of 3"], 72, 600),
          ],
        },
      ],
      { title: "Eastmoor custody inspection" },
    );
    await pane.locator('input[aria-label="Report PDF"]').setInputFiles({ name: "eastmoor-custody.pdf", mimeType: "application/pdf", buffer: pdf });

    await pane.getByRole("heading", { name: "Check what was found" }).waitFor({ timeout: 30_000 });
    const found = pane.getByRole("list", { name: "What was found" });
    expect(await found.getByRole("group", { name: /^Recommendation \d$/ }).count()).toBe(4);
    const text = (n: number) => pane.getByRole("group", { name: `Recommendation ${n}` }).getByRole("textbox", { name: "Text" }).inputValue();
    expect(await text(1)).toBe("By 31 December 2025, the force should make sure that every detainee is offered a solicitor before any interview.");
    expect(await text(2)).toBe("The force should record each use of force in custody and review the records every month.");
    expect(await text(3)).toBe("Police and crime commissioners should fund independent custody visitors for every custody suite in the force area.");
    expect(await text(4)).toBe("The force should give each detainee a leaflet on their rights in a language they understand.");
    expect(await pane.getByRole("textbox", { name: /^Publication date/ }).inputValue()).toBe("2025-05-12");
    expect(await pane.getByRole("group", { name: "Recommendation 1" }).getByRole("textbox", { name: /^Due/ }).inputValue()).toBe("By 31 December 2025");
    expect(await paneWidths(page)).toEqual(expect.objectContaining({ scrollWidth: 500 }));
    await screenshotPane(page, "import-pdf-preview-light-500");
    // pdf.js and its worker came from the add-in's own server: nothing external was asked for.
    expect(session.allProblems()).toEqual([]);
  });

  it("reads the pages it can of a PDF with a damaged page, and names the page it could not read", async () => {
    const { page } = session;
    const pane = taskPane(page);
    // From the previous report's review, back to where a file is chosen.
    await pane.getByRole("button", { name: "Back to the source" }).click();
    const pdf = makePdf([
      ["Westfold firearms licensing inspection", "Published on: 3 March 2025", "", "Recommendation 1", "The force should answer every licence renewal within 60 days."],
      ["Recommendation 2", "The force should audit its licensing decisions every quarter."],
      { unreadable: true },
    ]);
    await pane.locator('input[aria-label="Report PDF"]').setInputFiles({ name: "westfold.pdf", mimeType: "application/pdf", buffer: pdf });
    await pane.getByRole("heading", { name: "Check what was found" }).waitFor({ timeout: 30_000 });
    await pane.getByText(/^Page 3 of “westfold\.pdf” could not be read \(damaged\)/).waitFor();
    const found = pane.getByRole("list", { name: "What was found" });
    expect(await found.getByRole("group", { name: /^Recommendation \d$/ }).count()).toBe(2);
    expect(session.allProblems()).toEqual([]);
  });
});
