// The production task pane, as `npm run build` makes it, opened in Chromium as Word would open it (office.js
// stubbed: scripts/bench/servePane.ts). The preview the other e2e tests use is a development build, whose
// styles Fluent inserts at run time; only this build has the two style files of issue 12: the first
// screens' rules, linked by the page, and every rule, fetched after the first paint. These tests
// check what a user would see: the first screen styled before the rest arrives, a later screen never
// unstyled, and nothing on the first screen changing when the whole stylesheet comes in.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { buildPane } from "../../scripts/bench/paneBuild";
import { serve, type Served } from "../../scripts/bench/servePane";

const MARK = "ird:first-screen";
/** The whole stylesheet (Griffel's file); the first screens' own is first-screen-styles.*.css. */
const WHOLE = /\/griffel\.[0-9a-f]+\.css$/;

let browser: Browser;
let server: Served;
let outDir: string;

beforeAll(async () => {
  const pane = await buildPane();
  outDir = pane.outDir;
  server = await serve({ pane: pane.outDir });
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox"] });
}, 240_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Opened {
  context: BrowserContext;
  page: Page;
  /** Stylesheets fetched before the first screen was painted. */
  stylesBeforeFirstScreen: string[];
  problems: string[];
}

async function open(returning: boolean): Promise<Opened> {
  const context = await browser.newContext({ viewport: { width: 400, height: 800 } });
  if (returning) await context.addInitScript(() => window.localStorage.setItem("ird.welcome.v1", "done"));
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(error.message));
  page.on("response", (r) => void (r.status() >= 400 && !r.url().endsWith("/favicon.ico") && problems.push(`${r.status()} ${r.url()}`)));
  await page.goto(`${server.url}/pane/taskpane.html`);
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, MARK);
  const stylesBeforeFirstScreen = await page.evaluate((mark) => {
    const at = performance.getEntriesByName(mark)[0].startTime;
    return performance
      .getEntriesByType("resource")
      .filter((e) => e.startTime < at && new URL(e.name).pathname.endsWith(".css"))
      .map((e) => new URL(e.name).pathname);
  }, MARK);
  return { context, page, stylesBeforeFirstScreen, problems };
}

/** Whether the whole stylesheet is in the page and applied. */
const wholeApplied = (page: Page) => page.evaluate(wholeInPage, WHOLE.source);
/** Run in the page, given WHOLE's source: the same test, for page.evaluate and page.waitForFunction. */
const wholeInPage = (source: string) => [...document.styleSheets].some((s) => s.href !== null && new RegExp(source).test(new URL(s.href).pathname));

/** What the user sees of every element in the pane: the properties styles set, in document order. */
const looks = (page: Page) =>
  page.evaluate(() => {
    const properties = ["display", "color", "background-color", "font-size", "font-weight", "line-height", "padding", "margin", "border", "border-radius", "gap", "width", "height"];
    return [...document.querySelectorAll("#container *")].map((el) => {
      const style = getComputedStyle(el);
      return `${el.tagName.toLowerCase()}.${el.getAttribute("class") ?? ""}: ${properties.map((p) => style.getPropertyValue(p)).join(" | ")}`;
    });
  });

/** A CSS file's top-level rules (a block with its nested rules is one), as written. */
function rulesOf(css: string): string[] {
  const rules: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < css.length; i++) {
    if (css[i] === "{") depth++;
    else if (css[i] === "}" && --depth === 0) {
      rules.push(css.slice(start, i + 1).trim());
      start = i + 1;
    }
  }
  return rules;
}

describe("the production task pane's styles", () => {
  it("gives the first screens their rules in the whole stylesheet's own order, and nothing else", () => {
    const read = (pattern: RegExp) => readFileSync(path.join(outDir, readdirSync(outDir).find((f) => pattern.test(f))!), "utf8");
    const first = rulesOf(read(/^first-screen-styles\.[0-9a-f]+\.css$/));
    const whole = rulesOf(read(/^griffel\.[0-9a-f]+\.css$/));
    const at = new Map(whole.map((rule, index) => [rule, index]));
    const places = first.map((rule) => at.get(rule) ?? -1);
    expect(places.filter((p) => p < 0)).toEqual([]); // every rule is the whole file's
    expect(places).toEqual([...places].sort((a, b) => a - b)); // in its order
    expect(first.length).toBeGreaterThan(100);
    expect(first.length).toBeLessThan(whole.length * 0.6); // the first screens' share, not all of it
  });

  it("shows a new user a styled welcome before the whole stylesheet, and Settings styled when it opens", async () => {
    const { context, page, stylesBeforeFirstScreen, problems } = await open(false);
    try {
      expect(stylesBeforeFirstScreen).toEqual([expect.stringMatching(/\/first-screen-styles\.[0-9a-f]+\.css$/)]);
      // Fluent's primary button, styled: the brand colour (webLightTheme's colorBrandBackground).
      const setUp = page.getByRole("button", { name: "Set up my office" });
      expect(await setUp.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe("rgb(15, 108, 189)");
      await setUp.click();
      // Settings is a later screen: its Fields and Inputs have their own rules, in the whole file only.
      const input = page.locator(".fui-Input").first();
      await input.waitFor();
      expect(await wholeApplied(page)).toBe(true);
      expect(await input.evaluate((el) => getComputedStyle(el).display)).toMatch(/flex/); // unstyled, the span is "inline"
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  }, 60_000);

  it("shows a returning user's list styled, and it looks the same once the whole stylesheet is in", async () => {
    const { context, page, stylesBeforeFirstScreen, problems } = await open(true);
    try {
      expect(stylesBeforeFirstScreen.some((p) => WHOLE.test(p))).toBe(false);
      await page.getByRole("searchbox", { name: "Search inspections" }).waitFor();
      const before = await looks(page);
      expect(await page.locator(".fui-SearchBox").evaluate((el) => getComputedStyle(el).display)).toMatch(/flex/); // unstyled, "inline"
      // Heading for a tab fetches its screen, and with it the whole stylesheet.
      await page.getByRole("tab", { name: "Draft" }).hover();
      await page.waitForFunction(wholeInPage, WHOLE.source);
      await page.mouse.move(200, 790); // off the tab again: its hover colour is not what is compared
      const after = await looks(page);
      expect(after.length).toBeGreaterThan(40);
      expect(after).toEqual(before);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  }, 60_000);
});
