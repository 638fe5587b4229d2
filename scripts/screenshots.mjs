#!/usr/bin/env node
// `npm run screenshots`: the README's pictures of each built-in house style's full response to
// "Response to rape – Phase one", taken from the preview (dist-preview/, built when out of date, as
// `npm run test:e2e` does) in Chromium, through the real task pane, as a user would: choose the
// inspection, choose the style, Insert full response. Writes docs/screenshots/rape-phase-one-<style>.png.
// The office is an invented one (Northvale), set as a returning user's saved settings.
// With other e2e runs on the machine: `flock /tmp/e2e.lock npm run screenshots` (dist-preview/ is shared).
import { spawnSync } from "node:child_process";
import { createReadStream, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { ensureChromium } from "../tests/e2e/support/chromium.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const outDir = path.join(root, "docs", "screenshots");
const previewDir = path.join(root, "dist-preview");
const INSPECTION = "Response to rape – Phase one";
/** The built-in styles, by the name the pane lists them under, and the file each picture goes to. */
const STYLES = readdirSync(path.join(root, "assets", "styles"))
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((f) => {
    const style = JSON.parse(readFileSync(path.join(root, "assets", "styles", f), "utf8"));
    return { name: style.name, file: `rape-phase-one-${style.id}.png` };
  });
const SCALE = 0.75;
const SETTINGS = {
  pccName: "Jordan Reyes",
  pccTitle: "Police and Crime Commissioner for Northvale",
  forceName: "Northvale Police",
  policeArea: "Northvale",
  officeName: "Office of the Police and Crime Commissioner for Northvale",
  signatory: "Jordan Reyes",
  signatoryRole: "Police and Crime Commissioner for Northvale",
  defaultStyleId: "narrative-letter",
};

/** Builds the preview when its sources are newer than the last build (same rule as tests/e2e/run.mjs). */
function ensurePreview() {
  const stamp = path.join(previewDir, ".build-stamp");
  const newest = (p) => {
    if (!existsSync(p)) return 0;
    const s = statSync(p);
    return s.isDirectory() ? readdirSync(p).reduce((max, n) => Math.max(max, newest(path.join(p, n))), s.mtimeMs) : s.mtimeMs;
  };
  const inputs = ["src", "assets", "webpack.config.js", "tsconfig.json", "package-lock.json", "scripts/manifest.cjs"];
  if (existsSync(stamp) && statSync(stamp).mtimeMs >= Math.max(...inputs.map((p) => newest(path.join(root, p))))) return;
  console.log("Building the preview into dist-preview/ …");
  const r = spawnSync(process.execPath, [path.join(root, "node_modules/webpack/bin/webpack.js"), "--mode", "development", "--env", "preview"], { cwd: root, stdio: "inherit" });
  if (r.status !== 0) process.exit(r.status ?? 1);
  writeFileSync(stamp, new Date().toISOString());
}

/** Serves dist-preview/ on a free loopback port. */
async function serve() {
  const types = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".json": "application/json", ".css": "text/css", ".png": "image/png", ".svg": "image/svg+xml", ".xml": "application/xml" };
  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
    const file = path.join(previewDir, pathname.endsWith("/") ? `${pathname}index.html` : pathname);
    if (!file.startsWith(previewDir + path.sep) || !existsSync(file) || !statSync(file).isFile()) return void res.writeHead(404).end();
    res.writeHead(200, { "content-type": types[path.extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(res);
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((resolve) => server.close(resolve)) };
}

async function shoot(browser, base, style) {
  // Three quarters size: the letters stay legible and the files a few hundred KB.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: SCALE, locale: "en-GB", timezoneId: "Europe/London" });
  // The same date in every picture (and within the 56 days): 20 August 2021.
  await context.clock.setFixedTime(new Date(2021, 7, 20, 10, 0));
  await context.addInitScript((settings) => {
    localStorage.setItem("ird.welcome.v1", "done");
    localStorage.setItem("ird.settings.v1", JSON.stringify(settings));
  }, SETTINGS);
  const page = await context.newPage();
  await page.goto(new URL("preview.html", base).toString(), { waitUntil: "load" });
  const pane = page.frameLocator('iframe[src*="taskpane.html"]');
  await pane.getByRole("tablist", { name: "Screens" }).waitFor({ timeout: 30_000 });
  await pane.getByRole("tab", { name: "Inspections" }).click();
  await pane.getByRole("list", { name: "Inspections" }).getByRole("button", { name: new RegExp(INSPECTION) }).click();
  await pane.getByRole("tab", { name: "Draft", selected: true }).waitFor();
  const dropdown = pane.getByRole("combobox", { name: "House style" });
  await dropdown.click();
  await pane.getByRole("option", { name: style.name, exact: true }).click();
  await dropdown.filter({ hasText: style.name }).waitFor();
  await pane.getByRole("button", { name: "Insert full response" }).click();
  await pane.getByText("Full response inserted").waitFor({ timeout: 60_000 });
  // The settings above must have been taken: a picture full of [PCC name] would mislead.
  if (await pane.getByText(/not filled in|could not be read/).count()) throw new Error(`${style.name}: the pane did not take the office's settings (has the settings format changed?)`);
  // The whole letter: the window as tall as the page of paper, so nothing is cut off or scrolled.
  const paper = page.locator(".paper");
  const height = await paper.evaluate((el) => Math.ceil(el.getBoundingClientRect().height + el.getBoundingClientRect().top + 80));
  await page.setViewportSize({ width: 1280, height: Math.max(900, height) });
  // No caret or selection in the picture.
  await page.evaluate(() => globalThis.getSelection()?.removeAllRanges());
  const file = path.join(outDir, style.file);
  await paper.screenshot({ path: file, animations: "disabled", caret: "hide" });
  await context.close();
  console.log(`${path.relative(root, file)}: ${style.name} (${Math.round(statSync(file).size / 1024)} KB)`);
}

ensurePreview();
mkdirSync(outDir, { recursive: true });
const server = await serve();
const browser = await chromium.launch({ executablePath: ensureChromium(), args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"] });
try {
  for (const style of STYLES) await shoot(browser, server.url, style);
} finally {
  await browser.close();
  await server.close();
}
