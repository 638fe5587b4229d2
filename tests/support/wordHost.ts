/**
 * Runs Microsoft's Word library against the Word host emulator in jest.
 *
 *   const { host, model } = setupWordHost({ wordApi: "1.3" }, { body: ["Hello"] });
 *   await Word.run(async (context) => { ... });   // the adapter's own code, unchanged
 *
 * The library is evaluated once per test file (jsdom environment: into the test window; node
 * environment: into a private jsdom window whose Word/Office/OfficeExtension become globals).
 * Later calls reuse it and only reset the document, options and counters, so they are cheap.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { installWordHost, type WordHost } from "../../src/preview/emulator/host";
import type { WordDocumentModel } from "../../src/preview/emulator/model";
import type { DocSpec } from "../../src/preview/emulator/modelSpec";
import type { WordHostOptions } from "../../src/preview/emulator/options";

/* The library's globals are untyped JavaScript. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;

const LIBRARY = join(__dirname, "../../node_modules/@microsoft/office-js/dist/word-web-16.00.js");
let libraryText: string | undefined;
let installed: { host: WordHost; win: Loose } | undefined;

export interface WordHostSetup {
  host: WordHost;
  model: WordDocumentModel;
  /** The window the library runs in (the test window under jsdom). */
  win: Loose;
}

function loadLibraryWindow(): Loose {
  libraryText ??= readFileSync(LIBRARY, "utf8");
  const g = globalThis as Loose;
  if (typeof g.window !== "undefined" && g.window.document) {
    // jsdom environment: evaluate in the test window's global scope (indirect eval).
    (0, eval)(libraryText);
    return g.window;
  }
  // node environment: a private jsdom window; jsdom is installed with jest-environment-jsdom.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { JSDOM } = require("jsdom") as { JSDOM: new (html: string, opts: object) => { window: Loose } };
  const dom = new JSDOM("<!doctype html><html><body></body></html>", { runScripts: "outside-only", url: "https://localhost/" });
  dom.window.eval(libraryText);
  return dom.window;
}

/** Installs (once per test file) or resets the emulator and exposes Word, Office and OfficeExtension. */
export function setupWordHost(options: Partial<WordHostOptions> = {}, spec?: DocSpec): WordHostSetup {
  if (!installed) {
    const win = loadLibraryWindow();
    const host = installWordHost(win, {}, spec);
    installed = { host, win };
    const g = globalThis as Loose;
    g.Word = win.Word;
    g.Office = win.Office;
    g.OfficeExtension = win.OfficeExtension;
  }
  installed.host.reset(spec, options);
  return { host: installed.host, model: installed.host.model, win: installed.win };
}
