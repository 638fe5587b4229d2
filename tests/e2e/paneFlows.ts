// What a user does in the preview, step by step, shared by the feature tests: the task pane (in its
// iframe) found by role and name, the document (left) by its content controls' titles.
import { readFileSync } from "node:fs";
import type { Frame, FrameLocator, Locator, Page } from "playwright-core";
import { screenshot } from "./support";

export const RAPE_PHASE_ONE = "Response to rape – Phase one";

/** The real task pane, inside the preview page. */
export function taskPane(page: Page): FrameLocator {
  return page.frameLocator('iframe[src*="taskpane.html"]');
}

/** The Word-like document on the left. */
export function documentArea(page: Page): Locator {
  return page.getByRole("main", { name: "Document" });
}

/** A content control in the document, by the title Word shows on its tab. */
export function control(page: Page, title: string): Locator {
  return documentArea(page).getByRole("group", { name: title, exact: true });
}

/** First use: the pane welcomes the user; skip the office set-up to reach the screens. */
export async function skipWelcome(pane: FrameLocator): Promise<void> {
  const skip = pane.getByRole("button", { name: "Skip for now" });
  const tabs = pane.getByRole("tablist", { name: "Screens" });
  await skip.or(tabs).first().waitFor({ timeout: 20_000 });
  if (await skip.isVisible()) await skip.click();
  await tabs.waitFor();
}

/** A made-up office, as a new user types it into Settings (labels as the form shows them). */
export const EXAMPLE_OFFICE: Readonly<Record<string, string>> = {
  "PCC name": "Sam Example",
  "PCC title": "Police and Crime Commissioner for Exampleshire",
  "Force name": "Exampleshire Police",
  "Police area": "Exampleshire",
  "Office name": "Office of the Police and Crime Commissioner for Exampleshire",
  Signatory: "Sam Example",
};

/** Types EXAMPLE_OFFICE into the Settings form (the Settings tab is open). */
export async function fillOfficeDetails(pane: FrameLocator): Promise<void> {
  for (const [label, value] of Object.entries(EXAMPLE_OFFICE)) await pane.getByRole("textbox", { name: label, exact: true }).fill(value);
}

/** First use as a new office does it: "Set up my office", EXAMPLE_OFFICE's details, saved. */
export async function setUpOffice(pane: FrameLocator): Promise<void> {
  await pane.getByRole("button", { name: "Set up my office" }).click();
  await pane.getByRole("tab", { name: "Settings", selected: true }).waitFor();
  await fillOfficeDetails(pane);
  await pane.getByRole("button", { name: "Save settings" }).click();
  await pane.getByText("Settings saved").waitFor();
}

/** Chooses an inspection on the Inspections tab; the pane then shows the Draft tab for it. */
export async function chooseInspection(pane: FrameLocator, shortTitle: string): Promise<void> {
  await skipWelcome(pane);
  await pane.getByRole("tab", { name: "Inspections" }).click();
  await pane.getByRole("list", { name: "Inspections" }).getByRole("button", { name: new RegExp(escapeRegExp(shortTitle)) }).click();
  await pane.getByRole("tab", { name: "Draft", selected: true }).waitFor();
}

/** Picks a house style from the Draft tab's dropdown (always through the list, as a user does). */
export async function chooseHouseStyle(pane: FrameLocator, name: string): Promise<void> {
  const dropdown = pane.getByRole("combobox", { name: "House style" });
  await dropdown.waitFor();
  await dropdown.click();
  await pane.getByRole("option", { name, exact: true }).click();
  await dropdown.filter({ hasText: name }).waitFor();
}

/** Types into a content control's (first) paragraph in the document, at the end of what is there. */
export async function typeInto(page: Page, title: string, text: string): Promise<void> {
  const paragraph = control(page, title).locator("[data-para]").first();
  await paragraph.click();
  await page.keyboard.press("End");
  await page.keyboard.type(text);
}

/**
 * A stray Delete on a section's title leaves the section (sections are cannotDelete); Coverage ›
 * Remove section, confirmed, takes it out. Ends back on the Draft tab.
 */
export async function removeSectionDeliberately(page: Page, pane: FrameLocator, number: number): Promise<void> {
  const title = `Recommendation ${number}`;
  await control(page, title).getByRole("button", { name: title, exact: true }).click();
  await page.keyboard.press("Delete");
  expect(await control(page, title).count()).toBe(1);
  await pane.getByRole("tab", { name: "Coverage" }).click();
  await pane.getByRole("button", { name: `Remove section for recommendation ${number}` }).click();
  await pane.getByRole("alertdialog").getByRole("button", { name: "Remove section" }).click();
  await control(page, title).waitFor({ state: "detached", timeout: 15_000 });
  await pane.getByRole("tab", { name: "Draft" }).click();
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// ---- Screens, accessibility and layout checks (a11y, screens and keyboard tests) ----

/** The task pane's frame itself, for running scripts in it (axe, layout measurements). */
export async function paneFrame(page: Page): Promise<Frame> {
  const element = await page.locator('iframe[src*="taskpane.html"]').elementHandle({ timeout: 15_000 });
  // The element can be in the page before its frame has navigated to the pane (its URL is then
  // about:blank): wait for the frame itself and for its document.
  for (let waited = 0; waited < 15_000; waited += 50) {
    const frame = (await element?.contentFrame()) ?? page.frames().find((f) => f.url().includes("taskpane.html"));
    if (frame && frame.url().includes("taskpane.html")) {
      await frame.waitForLoadState("domcontentloaded");
      return frame;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error("the task pane's frame is not in the page");
}

/** The screens of the pane a user meets, in the order `walkScreens` shows them. */
export type PaneScreen = "welcome" | "catalog" | "draft" | "recommendations" | "coverage" | "settings";

/**
 * Walks a first-time user through every screen, calling `visit` on each once it has settled: the
 * welcome, the catalog, the Draft tab (drafting, then its recommendation list with a long text
 * unfolded), coverage after a full response was inserted, and settings after saving them empty.
 */
export async function walkScreens(page: Page, inspection: string, visit: (screen: PaneScreen) => Promise<void>): Promise<void> {
  const pane = taskPane(page);
  await pane.getByRole("button", { name: "Skip for now" }).waitFor({ timeout: 20_000 });
  await visit("welcome");
  await pane.getByRole("button", { name: "Skip for now" }).click();
  await pane.getByRole("list", { name: "Inspections" }).getByRole("button").first().waitFor();
  await visit("catalog");
  await pane.getByRole("list", { name: "Inspections" }).getByRole("button", { name: new RegExp(escapeRegExp(inspection)) }).click();
  await pane.getByRole("tab", { name: "Draft", selected: true }).waitFor();
  await visit("draft");
  const showAll = pane.getByRole("button", { name: /^Show all/ });
  if (await showAll.count()) await showAll.first().click();
  await pane.getByRole("button", { name: /^Show less/ }).or(pane.getByRole("list", { name: /^Recommendations of/ })).first().scrollIntoViewIfNeeded();
  await visit("recommendations");
  await pane.getByRole("button", { name: "Insert full response" }).click();
  await pane.getByText(/Full response inserted/).first().waitFor({ timeout: 20_000 });
  await pane.getByRole("tab", { name: "Coverage" }).click();
  await pane.getByRole("heading", { name: /of \d+ answered$/ }).waitFor({ timeout: 15_000 });
  await visit("coverage");
  await pane.getByRole("tab", { name: "Settings" }).click();
  await pane.getByRole("button", { name: "Save settings" }).click();
  await visit("settings");
}

/** axe-core's source, injected into the pane's frame (AxeBuilder works on pages, not one frame). */
const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/**
 * Runs axe-core (all rules of its default set) in the task pane and returns one line per violation.
 * Tabster's focus sentinels (`data-tabster-dummy`: aria-hidden elements that pass focus on the moment
 * they get it, inside Fluent's TabList) are left out: Fluent treats their aria-hidden-focus report as
 * by design (microsoft/fluentui#27517, microsoft/tabster#288); everything else counts.
 */
export async function paneAxeViolations(page: Page): Promise<string[]> {
  const frame = await paneFrame(page);
  // Evaluated by the browser for the test, not added as a <script>: the pane's Content-Security-Policy
  // refuses inline scripts (and reports them as a problem), but not code the test itself runs.
  if (!(await frame.evaluate(() => "axe" in window))) await frame.evaluate(`${AXE_SOURCE}\n;void 0`);
  return frame.evaluate(async () => {
    interface AxeNode { target: string[]; failureSummary?: string }
    interface AxeViolation { id: string; help: string; nodes: AxeNode[] }
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run({ exclude: [["[data-tabster-dummy]"]] }, { resultTypes: ["violations"] });
    return result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => `${n.target.join(" ")} (${(n.failureSummary ?? "").replace(/\s+/g, " ").trim()})`).join("; ")}`);
  });
}

/** How wide the pane's content is against the pane itself (equal when nothing scrolls sideways). */
export async function paneWidths(page: Page): Promise<{ scrollWidth: number; clientWidth: number }> {
  const frame = await paneFrame(page);
  return frame.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
}

/** A screenshot of the whole pane, however long: the page is made tall enough to show all of it. */
export async function screenshotPane(page: Page, name: string): Promise<string> {
  const frame = await paneFrame(page);
  const iframe = page.locator('iframe[src*="taskpane.html"]');
  const before = page.viewportSize() ?? { width: 1280, height: 800 };
  const contentHeight = await frame.evaluate(() => document.documentElement.scrollHeight);
  const box = await iframe.boundingBox();
  if (box && contentHeight > box.height) await page.setViewportSize({ width: before.width, height: Math.ceil(before.height - box.height + contentHeight) });
  try {
    return await screenshot(iframe, name);
  } finally {
    await page.setViewportSize(before);
  }
}
