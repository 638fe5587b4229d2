/**
 * The pages Word loads (taskpane.html, commands.html) carry a Content-Security-Policy: scripts only
 * from our origin and Microsoft's office.js CDN, nothing inline, no eval. Read from the templates
 * webpack builds them from (the policy is literal there, the same in the add-in and the preview).
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../..");
const PAGES = ["src/taskpane/taskpane.html", ...readdirSync(path.join(ROOT, "src/commands")).filter((f) => f.endsWith(".html")).map((f) => `src/commands/${f}`)];
const read = (file: string) => readFileSync(path.join(ROOT, file), "utf8");
/**
 * A template as HtmlWebpackPlugin renders it for Word: office.js's URL, and the preload links it
 * writes for the bundle's scripts (one stands for them all here).
 */
const rendered = (file: string) =>
  read(file)
    .replace(/<%\s*for\b[\s\S]*?<%\s*}\s*%>/g, '<link rel="preload" as="script" href="taskpane.js" />')
    .replace(/<%=\s*officeScriptUrl\s*%>/g, "https://appsforoffice.microsoft.com/lib/1/hosted/office.js");

/** The policy in a page's <meta http-equiv="Content-Security-Policy">, as directive -> sources. */
function policyOf(html: string): Map<string, string[]> {
  const metas = html.match(/<meta\b[^>]*http-equiv="Content-Security-Policy"[^>]*>/gi) ?? [];
  expect(metas).toHaveLength(1);
  const content = /content="([^"]*)"/.exec(metas[0]!)![1]!;
  return new Map(
    content
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name!, sources] as const),
  );
}

const withoutComments = (html: string) => html.replace(/<!--[\s\S]*?-->/g, "");

describe.each(PAGES)("%s", (file) => {
  const html = rendered(file);
  const policy = policyOf(html);

  it("lets scripts come only from our origin and Microsoft's office.js CDN", () => {
    expect(policy.get("script-src")).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
    expect(policy.get("default-src")).toEqual(["'self'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'self'"]);
  });

  it("allows no inline script and no eval anywhere", () => {
    for (const [, sources] of policy) {
      expect(sources).not.toContain("'unsafe-eval'");
      expect(sources).not.toContain("*");
    }
    expect(policy.get("script-src")).not.toContain("'unsafe-inline'");
    // 'unsafe-inline' only for styles: Fluent UI (Griffel) and office.js insert <style> at run time.
    expect(policy.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
  });

  it("sets no directive that a <meta> policy ignores (the browser would log an error)", () => {
    for (const ignored of ["frame-ancestors", "report-uri", "report-to", "sandbox"]) expect(policy.has(ignored)).toBe(false);
  });

  it("has no inline script and no inline event handler, and the policy comes before the first script", () => {
    const page = withoutComments(html);
    expect(page).not.toMatch(/<%/);
    const scripts = [...page.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/\bsrc="/);
      expect(body.trim()).toBe("");
    }
    expect(page).not.toMatch(/\son[a-z]+\s*=/i);
    expect(page).not.toMatch(/javascript:/i);
    expect(page.search(/http-equiv="Content-Security-Policy"/)).toBeLessThan(page.search(/<script\b/));
  });
});

describe("what the pages load", () => {
  it("gives taskpane.html and commands.html the same policy, but for where the pane may fetch from", () => {
    const [first, ...rest] = PAGES.map((f) => [...policyOf(rendered(f))].filter(([name]) => name !== "connect-src"));
    for (const other of rest) expect(other).toEqual(first);
  });

  it("lets the task pane fetch from https: addresses only (the office's sources), and the commands page from nowhere new", () => {
    // Settings › Sources: the organisation catalog and wording library at an https address the office sets.
    expect(policyOf(rendered("src/taskpane/taskpane.html")).get("connect-src")).toEqual(["'self'", "https:"]);
    for (const file of PAGES.filter((f) => f.startsWith("src/commands/"))) {
      expect(policyOf(rendered(file)).get("connect-src")).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
    }
    for (const file of PAGES) {
      const sources = policyOf(rendered(file)).get("connect-src") ?? [];
      expect(sources.filter((s) => /^(http:|\*|data:|blob:|ws:|wss:)/.test(s))).toEqual([]);
    }
  });

  it("loads office.js from the CDN the policy allows, and the old-Office guard as a file of ours", () => {
    const config = read("webpack.config.js");
    expect(config).toMatch(/const OFFICE_JS_CDN = "https:\/\/appsforoffice\.microsoft\.com\//);
    expect(config).toMatch(/from: "src\/taskpane\/oldOfficeGuard\.js", to: "old-office\.js"/);
    expect(read("src/taskpane/taskpane.html")).toMatch(/<script nomodule src="old-office\.js"><\/script>/);
  });

  it("builds without eval-based source maps in every mode, so the policy needs no 'unsafe-eval'", () => {
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined); // the placeholder manifest URL
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const webpackConfig = require("../../webpack.config.js") as (env: object, argv: object) => { devtool: string | false };
    for (const [env, mode] of [[{}, "production"], [{ sourcemaps: true }, "production"], [{}, "development"], [{ preview: true }, "development"]] as const) {
      const { devtool } = webpackConfig(env, { mode });
      expect(String(devtool)).not.toMatch(/eval/);
    }
    warn.mockRestore();
  });
});
