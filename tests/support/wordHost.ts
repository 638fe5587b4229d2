/**
 * Runs Microsoft's Word library against the Word host emulator in jest.
 *
 *   const { host, model } = setupWordHost({ wordApi: "1.3" }, { body: ["Hello"] });
 *   await Word.run(async (context) => { ... });   // the adapter's own code, unchanged
 *
 * The library is evaluated once per test file (jsdom environment: into the test window; node
 * environment: into a private jsdom window whose Word/Office/OfficeExtension become globals).
 * Later calls reuse it and only reset the document, options and counters, so they are cheap.
 *
 * IRD_WORD_PROFILE=<name> (see src/preview/emulator/profiles.ts, e.g. "1.3-windows-strict") runs
 * the tests on that host profile: its options are the baseline, the options a test passes win.
 */
import { wordFailureText } from "../../src/taskpane/actions/wordFailures";
import { WordActionError } from "../../src/word/port";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { installWordHost, type WordHost } from "../../src/preview/emulator/host";
import type { WordDocumentModel } from "../../src/preview/emulator/model";
import type { DocSpec } from "../../src/preview/emulator/modelSpec";
import { versionAtLeast, type WordHostOptions } from "../../src/preview/emulator/options";
import { HOST_PROFILES, profileByName } from "../../src/preview/emulator/profiles";

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

/** The options of the profile IRD_WORD_PROFILE names, or none; an unknown name is an error, not a silent default. */
export function profileOptions(name = process.env.IRD_WORD_PROFILE ?? (globalThis as { IRD_WORD_PROFILE?: string }).IRD_WORD_PROFILE): Partial<WordHostOptions> {
  if (!name) return {};
  const profile = profileByName(name);
  if (!profile) throw new Error(`IRD_WORD_PROFILE="${name}" is not a host profile; use one of: ${HOST_PROFILES.map((p) => p.name).join(", ")}`);
  return profile.options;
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
  installed.host.reset(spec, { ...profileOptions(), ...options });
  return { host: installed.host, model: installed.host.model, win: installed.win };
}

const is13 = (version: string | undefined): boolean => version === undefined || versionAtLeast(version, "1.3");

/** The host under test has WordApi 1.3 (the profile's or the test's own level). */
export const atLeast13 = (host: WordHost): boolean => is13(host.options.wordApi);
/** The host under test has WordApi 1.4 (Track Changes can be read and paused). */
export const atLeast14 = (host: WordHost): boolean => host.options.wordApi === undefined || versionAtLeast(host.options.wordApi, "1.4");

/**
 * Options for a test of behaviour that needs WordApi 1.3 (where the cursor is): the profile's level
 * when it has 1.3, else 1.3 itself; the rest of the profile (platform, strictness) still applies.
 */
export const with13 = (options: Partial<WordHostOptions> = {}): Partial<WordHostOptions> => ({ ...(is13(profileOptions().wordApi) ? {} : { wordApi: "1.3" }), ...options });

/** The failure a port call ends in, and the words the pane shows for it (src/taskpane/actions/wordFailures.ts). */
export async function failureOf(call: Promise<unknown>): Promise<{ error: WordActionError; text: string }> {
  const error = await call.then(
    () => {
      throw new Error("expected the call to fail");
    },
    (e: unknown) => e,
  );
  if (!(error instanceof WordActionError)) throw error;
  return { error, text: wordFailureText(error) };
}
