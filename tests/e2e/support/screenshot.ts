// Screenshots for humans (reports, debugging failed tests): test-output/e2e/screenshots/<name>.png
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Locator, Page } from "playwright-core";

export const SCREENSHOT_DIR = path.resolve(__dirname, "../../../test-output/e2e/screenshots");

/** Saves a screenshot of the page (or one element) and returns its path. */
export async function screenshot(target: Page | Locator, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name.replace(/[^\w.-]+/g, "-")}.png`);
  await target.screenshot({ path: file });
  return file;
}
