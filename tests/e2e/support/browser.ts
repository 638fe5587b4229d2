// Chromium for the e2e tests: Debian's /usr/bin/chromium (or CHROMIUM_PATH) driven by playwright-core.
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";

const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-quic",
  "--no-first-run",
  "--disable-component-update",
  "--disable-sync",
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium", args: ARGS });
}

/** URL of a page of the built preview, e.g. previewUrl("preview.html"). */
export function previewUrl(pathname = "preview.html"): string {
  const base = process.env.E2E_BASE_URL;
  if (!base) throw new Error("E2E_BASE_URL is not set: run the browser tests with `npm run test:e2e`.");
  return new URL(pathname.replace(/^\//, ""), base).toString();
}

/** Problems a user or developer would see: console errors, uncaught exceptions, failed or refused requests. */
export interface PageProblems {
  consoleErrors: string[];
  pageErrors: string[];
  failedRequests: string[];
  /** Requests to anything but the local preview server (refused: the preview must work offline). */
  externalRequests: string[];
  /** Content-Security-Policy violations in any frame (the pane runs under the policy Word gets). */
  cspViolations: string[];
}

export interface PreviewSession {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  problems: PageProblems;
  /** All problems as one list (empty when the page is clean). */
  allProblems(): string[];
  close(): Promise<void>;
}

/** Launches Chromium, opens a page of the preview (all frames watched for problems) and waits for load. */
export async function openPreview(pathname = "preview.html", browser?: Browser): Promise<PreviewSession> {
  const ownBrowser = !browser;
  const b = browser ?? (await launchBrowser());
  const context = await b.newContext({ viewport: { width: 1280, height: 800 }, locale: "en-GB", timezoneId: "Europe/London" });
  const base = new URL(previewUrl(pathname)).origin;
  const problems: PageProblems = { consoleErrors: [], pageErrors: [], failedRequests: [], externalRequests: [], cspViolations: [] };
  // Every frame reports what its Content-Security-Policy blocked, including what the console does not show
  // (a blocked `new Function` caught by the code that tried it). Injected by the browser, not the page, so
  // the policy cannot block the listener itself.
  await context.exposeBinding("__irdCspViolation", (_source, text: string) => void problems.cspViolations.push(text));
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      const report = (window as unknown as { __irdCspViolation: (text: string) => void }).__irdCspViolation;
      void report(`${e.effectiveDirective} blocked ${e.blockedURI || "inline code"} in ${e.documentURI} (${e.sourceFile || "page"}:${e.lineNumber})`);
    });
  });
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(base) || url.startsWith("data:") || url.startsWith("blob:")) return route.continue();
    problems.externalRequests.push(url);
    return route.abort("blockedbyclient");
  });
  const page = await context.newPage();
  page.on("console", (msg) => {
    // Blocked external requests are reported once, under externalRequests.
    if (msg.type() !== "error" || msg.text().includes("ERR_BLOCKED_BY_CLIENT")) return;
    // The browser's own report of a blocked script or style; the event above reports it too, in detail.
    if (/Content Security Policy/i.test(msg.text())) return;
    problems.consoleErrors.push(`${msg.text()} (${msg.location().url})`);
  });
  page.on("pageerror", (error) => problems.pageErrors.push(error.stack ?? error.message));
  page.on("requestfailed", (request) => {
    // Restarting the pane (another Word version or theme) cancels the downloads of its lazily loaded
    // code still in flight; the browser reports those as aborted, which is no fault of the page.
    if (request.failure()?.errorText === "net::ERR_ABORTED") return;
    if (!problems.externalRequests.includes(request.url())) problems.failedRequests.push(`${request.url()}: ${request.failure()?.errorText}`);
  });
  page.on("response", (response) => {
    if (response.status() >= 400) problems.failedRequests.push(`${response.url()}: HTTP ${response.status()}`);
  });
  await page.goto(previewUrl(pathname), { waitUntil: "load" });
  return {
    browser: b,
    context,
    page,
    problems,
    allProblems: () => [
      ...problems.pageErrors,
      ...problems.consoleErrors,
      ...problems.failedRequests,
      ...problems.externalRequests.map((u) => `external request refused: ${u}`),
      ...problems.cspViolations.map((v) => `Content-Security-Policy violation: ${v}`),
    ],
    close: async () => {
      await context.close();
      if (ownBrowser) await b.close();
    },
  };
}
