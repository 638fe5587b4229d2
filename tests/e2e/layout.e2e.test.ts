// How things are laid out, checked in a real browser: the Draft tab's "Standard wording" heading sits
// on its own line above its description and button (issue 13), and the coverage table keeps the column
// widths the add-in gives it (40, 311 and 100 pt), so no word is broken mid-word.
import catalog from "../../assets/catalog.json";
import type { Locator } from "playwright-core";
import { openPreview, screenshot, type PreviewSession } from "./support";
import { RAPE_PHASE_ONE, chooseInspection, control, documentArea, taskPane } from "./paneFlows";

const inspection = catalog.inspections.find((i) => i.shortTitle === RAPE_PHASE_ONE)!;

const box = async (l: Locator) => {
  const b = await l.boundingBox();
  if (!b) throw new Error("not on screen");
  return b;
};

describe.each([320, 800])("the Draft tab at %i px", (width) => {
  let session: PreviewSession;
  beforeAll(async () => {
    session = await openPreview(`preview.html?width=${width}`);
  });
  afterAll(async () => {
    await session?.close();
  });

  it("puts the Standard wording heading on its own line, above its description and button", async () => {
    const pane = taskPane(session.page);
    await chooseInspection(pane, RAPE_PHASE_ONE);
    const section = pane.getByRole("region", { name: "Standard wording" });
    const heading = await box(section.getByRole("heading", { name: "Standard wording" }));
    const text = await box(section.getByText(/^Approved wording for openings/));
    const button = await box(section.getByRole("button", { name: "Find standard wording" }));
    await screenshot(section, `draft-standard-wording-${width}`);
    expect(text.y).toBeGreaterThanOrEqual(heading.y + heading.height - 0.5);
    expect(button.y).toBeGreaterThanOrEqual(text.y + text.height - 0.5);
    // Flush left, as the tab's other headings.
    expect(Math.abs(text.x - heading.x)).toBeLessThan(1);
    expect(session.allProblems()).toEqual([]);
  });
});

describe("the coverage table in the document", () => {
  let session: PreviewSession;
  beforeAll(async () => {
    session = await openPreview("preview.html?width=500");
  });
  afterAll(async () => {
    await session?.close();
  });

  it("keeps the add-in's column widths (in points) and breaks no word mid-word", async () => {
    const { page } = session;
    const pane = taskPane(page);
    await chooseInspection(pane, RAPE_PHASE_ONE);
    await pane.getByRole("button", { name: "Insert full response" }).click();
    await control(page, `Recommendation ${inspection.recommendations.length}`).waitFor({ timeout: 20_000 });
    await pane.getByRole("tab", { name: "Coverage" }).click();
    await pane.getByRole("button", { name: "Add coverage table to document" }).click();
    await pane.getByText("Coverage table added").waitFor({ timeout: 15_000 });

    const table = documentArea(page).locator(`[data-tag="ird:block:coverage-table:${inspection.id}"] table`);
    await table.scrollIntoViewIfNeeded();
    await screenshot(table, "coverage-table-widths");
    const headers = table.locator("tr").first().locator("th");
    const pt = (px: number) => (px * 72) / 96;
    const widths = await headers.evaluateAll((cells) => cells.map((c) => c.getBoundingClientRect().width));
    expect(widths.map((w) => Math.round(pt(w)))).toEqual([40, 311, 100]);
    // No word in the table is broken across lines: each one's text sits in a single line box.
    const broken = await table.evaluate((el) => {
      const out: string[] = [];
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const m of (node.textContent ?? "").matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, m.index);
          range.setEnd(node, m.index + m[0].length);
          const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (tops.size > 1) out.push(m[0]);
        }
      }
      return out;
    });
    expect(broken).toEqual([]);
    expect(session.allProblems()).toEqual([]);
  });
});
