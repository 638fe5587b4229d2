/**
 * The page Word loads, as webpack emits it, opened with Internet Explorer 11's user agent (old
 * Office) and with a current one: IE gets a plain message and never requests the bundle.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { JSDOM, ResourceLoader, type FetchOptions } from "jsdom";

const IE11 = "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; ms-office; MSOffice 16) like Gecko";
const EDGE_WEBVIEW2 = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.0.0";

/** taskpane.html with webpack's substitutions: the office.js URL and the injected deferred bundle. */
function emittedPage(): string {
  const template = readFileSync(path.join(__dirname, "../../src/taskpane/taskpane.html"), "utf8");
  return template
    .replace("<%= officeScriptUrl %>", "https://example.test/office.js")
    .replace("</head>", '<script defer src="https://example.test/taskpane.js"></script></head>');
}

class RecordingLoader extends ResourceLoader {
  readonly requested: string[] = [];
  override fetch(url: string, options: FetchOptions) {
    this.requested.push(url);
    // Every script is an empty stand-in: what matters is whether it was asked for.
    return Promise.resolve(Buffer.from("")) as ReturnType<ResourceLoader["fetch"]>;
    void options;
  }
}

async function open(userAgent: string) {
  const resources = new RecordingLoader({ userAgent });
  const dom = new JSDOM(emittedPage(), { runScripts: "dangerously", resources, url: "https://example.test/taskpane.html", pretendToBeVisual: true });
  await new Promise<void>((resolve) => dom.window.addEventListener("load", () => resolve()));
  return { dom, requested: resources.requested };
}

describe("opening the task pane in an old Office that uses Internet Explorer", () => {
  it("shows a plain message that a newer Office is needed and never loads the bundle", async () => {
    const { dom, requested } = await open(IE11);
    expect(dom.window.document.body.textContent).toContain("A newer version of Office is needed");
    expect(requested.some((u) => u.endsWith("taskpane.js"))).toBe(false);
    expect(dom.window.document.getElementById("container")).toBeNull();
    dom.window.close();
  });

  it("loads the task pane as usual in a current Office", async () => {
    const { dom, requested } = await open(EDGE_WEBVIEW2);
    expect(dom.window.document.body.textContent).not.toContain("A newer version of Office is needed");
    expect(requested).toContain("https://example.test/taskpane.js");
    expect(dom.window.document.getElementById("container")).not.toBeNull();
    dom.window.close();
  });
});
