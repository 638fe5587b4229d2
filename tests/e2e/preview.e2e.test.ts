// The preview page itself: a document a person can type in like Word, and the switches that play a
// different Word (version, theme, read-only) for the real task pane beside it.
import AxeBuilder from "@axe-core/playwright";
import { openPreview, screenshot, type PreviewSession } from "./support";
import { RAPE_PHASE_ONE, chooseInspection, control, documentArea, taskPane } from "./paneFlows";

const paragraphs = (session: PreviewSession) => documentArea(session.page).locator("[data-para]");

describe("the preview page", () => {
  let session: PreviewSession;

  beforeEach(async () => {
    session = await openPreview("preview.html");
  });
  afterEach(async () => {
    await session?.close();
  });

  it("lets a person type paragraphs: Enter splits, Backspace at the start joins", async () => {
    const { page } = session;
    await paragraphs(session).first().click();
    await page.keyboard.type("Dear Commissioner,");
    await page.keyboard.press("Enter");
    await page.keyboard.type("Thank you for the report.");
    expect(await paragraphs(session).allInnerTexts()).toEqual(["Dear Commissioner,", "Thank you for the report."]);

    // The caret stays where the person is typing while the page re-renders around it.
    await page.keyboard.press("Home");
    await page.keyboard.type("Many thanks. ");
    await page.keyboard.press("Home");
    await page.keyboard.press("Backspace");
    expect(await paragraphs(session).allInnerTexts()).toEqual(["Dear Commissioner,Many thanks. Thank you for the report."]);
    expect(session.allProblems()).toEqual([]);
  });

  it("has no accessibility violations around the pane, with a drafted response in the document", async () => {
    const { page } = session;
    const pane = taskPane(page);
    await chooseInspection(pane, RAPE_PHASE_ONE);
    await pane.getByRole("button", { name: "Insert full response" }).click();
    await control(page, "Recommendation 13").waitFor({ timeout: 20_000 });
    // The page's own parts (ribbon, document, status bar); the pane is checked on its own.
    const result = await new AxeBuilder({ page }).exclude("iframe").analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
    expect(session.allProblems()).toEqual([]);
  });

  it("opens the sample letter and the pane reads its free-text answers", async () => {
    const { page } = session;
    await page.getByRole("button", { name: "Load sample" }).click();
    await documentArea(page).getByRole("heading", { name: "Recommendation 1", exact: true }).waitFor();
    const pane = taskPane(page);
    await chooseInspection(pane, RAPE_PHASE_ONE);
    await pane.getByRole("tab", { name: "Coverage" }).click();
    await pane.getByRole("heading", { name: /of 13 answered$/ }).waitFor({ timeout: 15_000 });
    // The sample answers 1–3 in full, says 4 is "to follow", and never mentions 6, 7 or 12.
    const status = (n: number) => pane.getByRole("list", { name: "Coverage by recommendation" }).getByRole("img", { name: new RegExp(`^recommendation ${n}: `) });
    for (const n of [1, 2, 3]) expect(await status(n).getAttribute("aria-label")).toBe(`recommendation ${n}: answered`);
    expect(await status(4).getAttribute("aria-label")).toBe("recommendation 4: not yet answered");
    for (const n of [6, 7, 12]) expect(await status(n).getAttribute("aria-label")).toBe(`recommendation ${n}: missing`);
    await screenshot(page, "preview-sample-coverage");
    expect(session.allProblems()).toEqual([]);
  });

  it("plays Word 2016 (WordApi 1.1): the pane restarts and still inserts the full response", async () => {
    const { page } = session;
    const pane = taskPane(page);
    // Switching restarts the pane: let the first one finish loading, as a person would see it do.
    await pane.locator("#container > *").first().waitFor({ timeout: 20_000 });
    await page.getByLabel("Word version").selectOption({ label: "Word 2016 (WordApi 1.1)" });
    await chooseInspection(pane, RAPE_PHASE_ONE);
    await pane.getByRole("button", { name: "Insert full response" }).click();
    await control(page, "Recommendation 13").waitFor({ timeout: 20_000 });
    expect(await control(page, "Response to recommendation 13").count()).toBe(1);
    expect(session.allProblems()).toEqual([]);
  });

  it("refuses to insert into a read-only document with a message, leaving it unchanged", async () => {
    const { page } = session;
    await page.getByRole("checkbox", { name: "Read-only" }).check();
    const pane = taskPane(page);
    await chooseInspection(pane, RAPE_PHASE_ONE);
    await pane.getByRole("button", { name: "Insert full response" }).click();
    await pane.getByText(/read-only/i).first().waitFor({ timeout: 15_000 });
    expect(await documentArea(page).getByRole("group").count()).toBe(0);
    expect(await paragraphs(session).first().getAttribute("contenteditable")).toBe("false");
    await screenshot(page, "preview-read-only");
    expect(session.allProblems()).toEqual([]);
  });

  it("restarts the pane in the dark and high-contrast themes, at either width", async () => {
    const { page } = session;
    const paneBackground = () =>
      taskPane(page)
        .locator(".fui-FluentProvider")
        .first()
        .evaluate((el) => getComputedStyle(el).backgroundColor);
    await taskPane(page).locator("#container > *").first().waitFor({ timeout: 20_000 });
    const light = await paneBackground();

    await page.getByLabel("Office theme").selectOption({ label: "Dark" });
    await taskPane(page).getByRole("heading", { name: "Inspection Response Drafter", exact: true }).waitFor();
    const dark = await paneBackground();
    expect(dark).not.toBe(light);
    expect(brightness(dark)).toBeLessThan(brightness(light));

    await page.getByLabel("Office theme").selectOption({ label: "High contrast" });
    await page.getByLabel("Pane width").selectOption({ label: "500 px" });
    await taskPane(page).getByRole("heading", { name: "Inspection Response Drafter", exact: true }).waitFor();
    expect(await paneBackground()).toBe("rgb(0, 0, 0)");
    const width = await page.locator('iframe[src*="taskpane.html"]').evaluate((el) => el.getBoundingClientRect().width);
    expect(Math.abs(width - 500)).toBeLessThanOrEqual(2);
    await screenshot(page, "preview-high-contrast-500");
    // A pane dragged wide on a large screen.
    await page.getByLabel("Pane width").selectOption({ label: "800 px" });
    const wide = await page.locator('iframe[src*="taskpane.html"]').evaluate((el) => el.getBoundingClientRect().width);
    expect(Math.abs(wide - 800)).toBeLessThanOrEqual(2);
    expect(session.allProblems()).toEqual([]);
  });
});

/** 0 (black) .. 765 (white) from "rgb(r, g, b)". */
function brightness(rgb: string): number {
  return (rgb.match(/\d+/g) ?? []).slice(0, 3).reduce((sum, n) => sum + Number(n), 0);
}
