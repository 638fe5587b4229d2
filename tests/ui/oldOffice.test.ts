/**
 * The page Word loads, as webpack emits it, opened in a real browser engine (Chromium) posing as
 * Internet Explorer 11 (old Office) and as a current Office webview: the old one gets a plain
 * message and the bundle never runs. Chromium, not jsdom: only a real HTML parser honours a
 * document.write made while the page is still being parsed, which is how the guard works.
 *
 * The guard's tag is `<script nomodule>`: browsers that run modules skip it without fetching it, and
 * Internet Explorer 11, which has no modules, ignores the attribute it does not know and runs the
 * script (MDN, "<script>: nomodule"; IE11 has no `type="module"`). Chromium honours the attribute
 * whatever its user agent says, so as Internet Explorer the page is served without it.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser } from "playwright-core";

const IE11 = "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; ms-office; MSOffice 16) like Gecko";
const EDGE_WEBVIEW2 = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.0.0";
const ORIGIN = "https://addin.example.test";

/**
 * taskpane.html with webpack's substitutions: the office.js URL and the injected deferred bundle; as
 * Internet Explorer reads it (`nomodule` unknown there) when `asInternetExplorer`.
 */
function emittedPage(asInternetExplorer: boolean): string {
  const template = readFileSync(path.join(__dirname, "../../src/taskpane/taskpane.html"), "utf8");
  const page = template
    .replace("<%= officeScriptUrl %>", `${ORIGIN}/office.js`)
    .replace("</head>", `<script defer src="${ORIGIN}/taskpane.js"></script></head>`);
  return asInternetExplorer ? page.replace(/<script nomodule /g, "<script ") : page;
}

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox"] });
}, 30_000);
afterAll(async () => browser?.close());

async function open(userAgent: string) {
  const context = await browser.newContext({ userAgent });
  const page = await context.newPage();
  const requested: string[] = [];
  await page.route(`${ORIGIN}/**`, (route) => {
    const url = route.request().url();
    requested.push(new URL(url).pathname);
    if (url.endsWith("/taskpane.html")) return route.fulfill({ contentType: "text/html", body: emittedPage(userAgent === IE11) });
    // The guard itself, as webpack copies it (a file: the page's policy allows no inline script).
    if (url.endsWith("/old-office.js")) return route.fulfill({ contentType: "text/javascript", body: readFileSync(path.join(__dirname, "../../src/taskpane/oldOfficeGuard.js"), "utf8") });
    // Stand-ins: the bundle records that it ran; office.js does nothing.
    if (url.endsWith("/taskpane.js")) return route.fulfill({ contentType: "text/javascript", body: "window.bundleRan = true;" });
    return route.fulfill({ contentType: "text/javascript", body: "" });
  });
  await page.goto(`${ORIGIN}/taskpane.html`, { waitUntil: "load" });
  const result = {
    text: await page.evaluate(() => document.body.innerText),
    bundleRan: await page.evaluate(() => (window as unknown as { bundleRan?: boolean }).bundleRan === true),
    hasContainer: await page.evaluate(() => document.getElementById("container") !== null),
    requested,
  };
  await context.close();
  return result;
}

describe("opening the task pane in an old Office that uses Internet Explorer", () => {
  it("shows a plain message that a newer Office is needed and never runs the bundle", async () => {
    const page = await open(IE11);
    expect(page.text).toContain("A newer version of Office is needed");
    expect(page.bundleRan).toBe(false);
    expect(page.hasContainer).toBe(false);
  }, 30_000);

  it("runs the bundle as usual in a current Office", async () => {
    const page = await open(EDGE_WEBVIEW2);
    expect(page.text).not.toContain("A newer version of Office is needed");
    expect(page.bundleRan).toBe(true);
    expect(page.hasContainer).toBe(true);
    // Nor is the guard fetched: no request, no parser-blocking script before the bundles (issue 12).
    expect(page.requested).not.toContain("/old-office.js");
  }, 30_000);
});
