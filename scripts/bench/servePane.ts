/**
 * The production task pane served as Word would load it, for the start-up bench (startup.bench.ts)
 * and the browser test of the built page (tests/e2e/productionPane.e2e.test.ts): one local HTTP
 * server, each folder under /<name>/, nothing cached, and office.js replaced by a stub that starts
 * the pane as in Word.
 */
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_STUB_PATH = "/office-stub.js";

/**
 * Enough of office.js for the pane to start as in Word: onReady reports Word; WordApi up to 1.3, so
 * reading the document's stored inspection goes through document settings (empty) without Word.run.
 */
export const OFFICE_STUB = `
window.Office = {
  HostType: { Word: "Word" },
  EventType: { DocumentSelectionChanged: "documentSelectionChanged" },
  AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
  context: {
    platform: "OfficeOnline",
    officeTheme: undefined,
    requirements: { isSetSupported: function (set, v) { return set === "WordApi" && ["1.1", "1.2", "1.3"].indexOf(String(v)) >= 0; } },
    document: {
      settings: { get: function () { return null; }, set: function () {}, saveAsync: function (cb) { if (cb) cb({ status: "succeeded" }); } },
      addHandlerAsync: function (type, handler, cb) { if (cb) cb({ status: "succeeded" }); },
      removeHandlerAsync: function () {}
    }
  },
  onReady: function (cb) {
    return Promise.resolve().then(function () { var info = { host: "Word", platform: "OfficeOnline" }; if (cb) cb(info); return info; });
  }
};
window.Word = { run: function () { return Promise.reject(new Error("no document in the start-up bench")); } };
`;

const TYPES: Record<string, string> = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".json": "application/json", ".css": "text/css; charset=utf-8", ".png": "image/png", ".svg": "image/svg+xml" };

export interface Served {
  url: string;
  /** The file behind a URL path of the server, or null (the office.js stub, other files). */
  fileOf(pathname: string): string | null;
  close(): Promise<void>;
}

/** Serves each folder under /<name>/, pages with office.js pointed at the local stub, nothing cached. */
export async function serve(folders: Record<string, string>): Promise<Served> {
  const fileOf = (pathname: string): string | null => {
    const [, name, ...rest] = pathname.split("/");
    const root = folders[name];
    if (!root) return null;
    const file = path.join(root, ...rest);
    return file.startsWith(root + path.sep) ? file : null;
  };
  const server: Server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
    const headers = (type: string) => ({ "content-type": type, "cache-control": "no-store" });
    if (pathname === OFFICE_STUB_PATH) return void res.writeHead(200, headers(TYPES[".js"])).end(OFFICE_STUB);
    const file = fileOf(pathname);
    let body: Buffer;
    try {
      body = readFileSync(file ?? "");
    } catch {
      return void res.writeHead(404).end();
    }
    const ext = path.extname(pathname);
    const text = ext === ".html" ? Buffer.from(body.toString("utf8").replaceAll(OFFICE_JS, OFFICE_STUB_PATH)) : body;
    res.writeHead(200, headers(TYPES[ext] ?? "application/octet-stream")).end(text);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, fileOf, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
