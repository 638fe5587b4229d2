// "Check this copy of Word" from the pane's Help, in a new blank document, on every Word the preview
// plays (every host profile: each WordApi level, on Windows and on the web, strict and lenient; both
// pane widths): PASS, and the document is
// blank again. Then, at WordApi 1.1, drafting in a letter that already has content controls of
// ours and of someone else's template: every insert and the coverage table, as the document shows.
import type { Browser, Page } from "playwright-core";
import catalog from "../../assets/catalog.json";
import { launchBrowser, openPreview, previewUrl, screenshot, type PreviewSession } from "./support";
import { RAPE_PHASE_ONE, chooseHouseStyle, chooseInspection, control, documentArea, paneAxeViolations, paneFrame, paneWidths, removeSectionDeliberately, skipWelcome, taskPane } from "./paneFlows";

const STYLES = ["Narrative letter", "Response form", "Letter to the Home Secretary with appendix"];

/** Every host profile (profiles.ts: ?api, ?platform, ?options), each at one of the pane widths. */
const PROFILES = (["1.1", "1.3", "1.4", "1.9"] as const).flatMap((api, i) =>
  (["windows", "web"] as const).flatMap((platform, j) =>
    (["strict", "lenient"] as const).map((options, k) => ({ api, platform, options, width: (i + j + k) % 2 === 0 ? 320 : 500 })),
  ),
);

const PLATFORM_NAME = { windows: "Word on Windows", web: "Word on the web" };

/** What the document shows: one line per paragraph (its text) and per content control (its title). */
async function documentOutline(page: Page): Promise<string[]> {
  return documentArea(page)
    .locator("[data-para], [role=group]")
    .evaluateAll((nodes) =>
      nodes.map((n) => (n.getAttribute("role") === "group" ? `[${n.ownerDocument.getElementById(n.getAttribute("aria-labelledby") ?? "")?.textContent}]` : (n as HTMLElement).innerText)),
    );
}

describe("Check this copy of Word in the preview", () => {
  let browser: Browser;
  let session: PreviewSession;

  beforeAll(async () => {
    browser = await launchBrowser();
    session = await openPreview("preview.html", browser);
  });
  afterAll(async () => {
    await session?.close();
    await browser?.close();
  });

  it.each(PROFILES)("passes at WordApi $api on $platform, $options (pane $width px), and leaves the document blank", async ({ api, platform, options, width }) => {
    const { page } = session;
    await page.goto(previewUrl(`preview.html?api=${api}&platform=${platform}&options=${options}&width=${width}`), { waitUntil: "load" });
    const pane = taskPane(page);
    await skipWelcome(pane);
    await pane.getByRole("tab", { name: "Help" }).click();
    await pane.getByRole("button", { name: "Check this copy of Word" }).click();

    const report = pane.getByRole("region", { name: "Check report" });
    await report.waitFor({ timeout: 30_000 });
    expect(await report.getByRole("status").first().innerText()).toMatch(/^PASS\s*This copy of Word builds every house style correctly\.$/);
    expect(await report.getByText(`${PLATFORM_NAME[platform]}, WordApi ${api}`).count()).toBe(1);
    const lines = await report.getByRole("list", { name: "Result for each house style" }).getByRole("listitem").allInnerTexts();
    expect(lines.map((l) => l.replace(/\s+/g, " "))).toEqual(STYLES.map((name) => `PASS ${name} built 1 section, verified and removed`));

    expect(await documentOutline(page)).toEqual([""]);
    // The report fits the pane: nothing scrolls sideways.
    const { scrollWidth, clientWidth } = await paneWidths(page);
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    if ((api === "1.1" || api === "1.9") && options === "strict") await screenshot(page, `self-check-${api}-${platform}-${width}`);
    expect(session.allProblems()).toEqual([]);
  });

  it("copies the report to the clipboard, and has no accessibility violations", async () => {
    const { page, context } = session;
    const pane = taskPane(page);
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(previewUrl()).origin });
    await pane.getByRole("button", { name: "Copy report" }).click();
    await pane.getByText("Report copied: paste it into your message.").waitFor();
    const frame = await paneFrame(page);
    const copied = await frame.evaluate(() => navigator.clipboard.readText());
    expect(copied.split("\n").slice(0, 3)).toEqual(["Inspection Response Drafter: Check this copy of Word", "Result: PASS", "Word: Word on the web, WordApi 1.9"]);
    expect(copied.split("\n").slice(4)).toEqual(STYLES.map((name) => `PASS ${name}: built 1 section, verified and removed`));
    expect(await paneAxeViolations(page)).toEqual([]);
    expect(session.allProblems()).toEqual([]);
  });

  it("refuses a document with text in it, says what to do, and leaves it alone", async () => {
    const { page } = session;
    await page.goto(previewUrl("preview.html?api=1.1&doc=sample"), { waitUntil: "load" });
    const before = await documentOutline(page);
    const pane = taskPane(page);
    await skipWelcome(pane);
    await pane.getByRole("tab", { name: "Help" }).click();
    await pane.getByRole("button", { name: "Check this copy of Word" }).click();

    await pane.getByText("The check needs a new blank document").waitFor({ timeout: 20_000 });
    expect(await pane.getByText(/Open a new blank document \(File › New › Blank document\)/).count()).toBe(1);
    expect(await pane.getByRole("region", { name: "Check report" }).count()).toBe(0);
    expect(await documentOutline(page)).toEqual(before);
    expect(session.allProblems()).toEqual([]);
  });
});

describe("drafting at WordApi 1.1 in a letter with content controls of ours and someone else's", () => {
  const inspection = catalog.inspections.find((i) => i.shortTitle === RAPE_PHASE_ONE)!;
  const titles = inspection.recommendations.map((r) => `Recommendation ${r.number}`);
  let session: PreviewSession;

  beforeAll(async () => {
    session = await openPreview("preview.html?api=1.1&doc=controls&width=500");
  });
  afterAll(async () => {
    await session?.close();
  });

  /** Someone else's controls hold exactly what the template put there, and ours what was typed. */
  async function expectTheirsAndOursKept(page: Page): Promise<void> {
    expect(await control(page, "Protective marking").locator("[data-para]").allInnerTexts()).toEqual(["OFFICIAL"]);
    expect(await control(page, "Signature block").locator("[data-para]").allInnerTexts()).toEqual(["Police and Crime Commissioner for Northvale"]);
    expect(await control(page, "Response to recommendation 1").locator("[data-para]").allInnerTexts()).toEqual([
      "Force response: rape reports now cannot be closed until the victim's details are complete.",
    ]);
  }

  const sectionCounts = (page: Page) => Promise.all(titles.map((t) => control(page, t).count()));

  it("inserts one section, at the end: Word 2016 cannot tell whether the cursor is in a safe place", async () => {
    const { page } = session;
    const pane = taskPane(page);
    await chooseInspection(pane, RAPE_PHASE_ONE);
    await chooseHouseStyle(pane, "Narrative letter");
    await pane.getByRole("button", { name: "Insert section for recommendation 2" }).click();
    await control(page, "Recommendation 2").waitFor({ timeout: 20_000 });
    await pane.getByText(/at the end of the document/).first().waitFor();

    expect(await control(page, "Recommendation 2 text").innerText()).toContain(inspection.recommendations[1].text);
    expect(await sectionCounts(page)).toEqual(titles.map((_, i) => (i < 2 ? 1 : 0)));
    // After the template's signature block, not inside it.
    const outline = await documentOutline(page);
    expect(outline.indexOf("[Recommendation 2]")).toBe(outline.indexOf("Police and Crime Commissioner for Northvale") + 1);
    await expectTheirsAndOursKept(page);
    expect(session.allProblems()).toEqual([]);
  });

  it("inserts the full response without doubling the two sections the letter already has", async () => {
    const { page } = session;
    const pane = taskPane(page);
    await pane.getByRole("button", { name: "Insert full response" }).click();
    await pane.getByText(/^Full response inserted/).first().waitFor({ timeout: 20_000 });
    expect(await pane.getByText(/11 sections inserted at the end of the document.* 2 already in the document were left as they were\./).count()).toBe(1);

    expect(await sectionCounts(page)).toEqual(titles.map(() => 1));
    const outline = await documentOutline(page);
    for (const block of ["[Section 55 statement – narrative letter]", "[Recommendations heading]", "[Closing – progress will be monitored]", "[Signature]", "[Copies]"]) {
      expect(outline.filter((l) => l === block)).toHaveLength(1);
    }
    await expectTheirsAndOursKept(page);
    await screenshot(page, "self-check-controls-full-response");
    expect(session.allProblems()).toEqual([]);
  });

  it("puts back a deleted section with Insert missing sections", async () => {
    const { page } = session;
    const pane = taskPane(page);
    await removeSectionDeliberately(page, pane, 3);

    await pane.getByRole("button", { name: "Insert missing sections" }).click();
    await control(page, "Recommendation 3").waitFor({ timeout: 20_000 });
    await pane.getByText(/1 section inserted/).waitFor();

    expect(await sectionCounts(page)).toEqual(titles.map(() => 1));
    expect(await control(page, "Recommendation 3 text").innerText()).toContain(inspection.recommendations[2].text);
    // Back in its place: between the sections for recommendations 2 and 4.
    const order = (await documentOutline(page)).filter((l) => /^\[Recommendation \d+\]$/.test(l));
    expect(order).toEqual(titles.map((t) => `[${t}]`));
    await expectTheirsAndOursKept(page);
    expect(session.allProblems()).toEqual([]);
  });

  it("adds the coverage table after the last section, never after the signature", async () => {
    const { page } = session;
    const pane = taskPane(page);
    await pane.getByRole("tab", { name: "Coverage" }).click();
    await pane.getByRole("heading", { name: /of \d+ answered$/ }).waitFor({ timeout: 15_000 });
    await pane.getByRole("button", { name: "Add coverage table to document" }).click();
    await pane.getByText("Coverage table added").waitFor({ timeout: 20_000 });

    // Word 2016 has no tables in its API: a heading, then one tab-separated paragraph per row,
    // right after the last section (so before the closing and the signature).
    const outline = await documentOutline(page);
    const heading = outline.indexOf(`Recommendations and responses: ${RAPE_PHASE_ONE}`);
    expect(heading).toBeGreaterThan(outline.lastIndexOf(`[${titles[titles.length - 1]}]`));
    expect(heading).toBeLessThan(outline.lastIndexOf("[Signature]"));
    const rows = outline.slice(heading + 1);
    expect(rows[0]).toBe("No.\tRecommendation\tStatus");
    expect(rows[1]).toBe(`1\t${inspection.recommendations[0].text}\tanswered`);
    expect(rows.filter((r) => /^\d+\t/.test(r))).toHaveLength(titles.length);
    expect(await documentArea(page).getByRole("heading", { name: `Recommendations and responses: ${RAPE_PHASE_ONE}` }).count()).toBe(1);
    await expectTheirsAndOursKept(page);
    await screenshot(page, "self-check-controls-coverage-table");
    expect(session.allProblems()).toEqual([]);
  });
});
