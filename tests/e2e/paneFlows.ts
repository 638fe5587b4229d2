// What a user does in the preview, step by step, shared by the feature tests: the task pane (in its
// iframe) found by role and name, the document (left) by its content controls' titles.
import type { FrameLocator, Locator, Page } from "playwright-core";

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

/** Chooses an inspection on the Inspections tab; the pane then shows the Draft tab for it. */
export async function chooseInspection(pane: FrameLocator, shortTitle: string): Promise<void> {
  await skipWelcome(pane);
  await pane.getByRole("tab", { name: "Inspections" }).click();
  await pane.getByRole("list", { name: "Inspections" }).getByRole("button", { name: new RegExp(escapeRegExp(shortTitle)) }).click();
  await pane.getByRole("tab", { name: "Draft", selected: true }).waitFor();
}

/** Picks a house style from the Draft tab's dropdown (left alone when it is already the one shown). */
export async function chooseHouseStyle(pane: FrameLocator, name: string): Promise<void> {
  const dropdown = pane.getByRole("combobox", { name: "House style" });
  await dropdown.waitFor();
  if ((await dropdown.innerText()).trim() === name) return;
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

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
