/**
 * The Office common API as Word provides it, for a window where Microsoft's Word library is
 * loaded without office.js: Office.onReady, requirements, document settings, theme, mode.
 * The library reads `Office.context` through `OSF._OfficeAppFactory.getContext()`, so the
 * stand-in plugs in there; the library's own requirement checks (WORD-SEMANTICS 60) then ask it.
 */
import type { WordDocumentModel } from "./model";
import { versionAtLeast, type WordHostOptions } from "./options";

/* The window's globals are untyped JavaScript from Microsoft's library. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;

const THEMES = {
  light: { bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "#000000", controlBackgroundColor: "#FFFFFF", controlForegroundColor: "#262626", isDarkTheme: false },
  dark: { bodyBackgroundColor: "#292929", bodyForegroundColor: "#FFFFFF", controlBackgroundColor: "#3B3B3B", controlForegroundColor: "#F3F3F3", isDarkTheme: true },
};

type Handler = (args: unknown) => void;

export interface OfficeStandIn {
  /** Fires DocumentSelectionChanged handlers (the emulator calls it when the selection moves). */
  fireSelectionChanged(): void;
  /** Settings in memory, not yet saved (WORD-SEMANTICS 51). */
  readonly settingsBag: Record<string, unknown>;
  reloadSettings(): void;
}

/** Answers isSetSupported from the options (WORD-SEMANTICS 59). */
export function isSetSupported(options: WordHostOptions, name: string, minVersion?: string | number): boolean {
  const want = minVersion === undefined ? "1.1" : String(minVersion);
  switch (name.toLowerCase()) {
    case "wordapi":
      return versionAtLeast(options.wordApi, want);
    case "wordapidesktop":
      return options.wordApiDesktop !== null && versionAtLeast(options.wordApiDesktop, want);
    case "wordapionline":
      return options.platform === "OfficeOnline" && versionAtLeast("1.1", want);
    case "wordapihiddendocument":
      return false;
    // The host chooses the search wire format (WORD-SEMANTICS 41); both forms are answered.
    case "wordapisearchflags":
      return options.searchWireFormat === "flags";
    case "customxmlparts":
      return versionAtLeast("1.2", want);
    case "settings":
    case "documentevents":
    case "textcoercion":
    case "selection":
      return versionAtLeast("1.1", want);
    default:
      return false;
  }
}

export function installOffice(win: Loose, model: WordDocumentModel, options: WordHostOptions): OfficeStandIn {
  const Office = win.Office ?? (win.Office = {});
  const selectionHandlers = new Set<Handler>();
  let bag: Record<string, unknown> = JSON.parse(JSON.stringify(model.officeSettings));
  const asyncResult = (status: "succeeded" | "failed", value?: unknown, error?: { code: number; name: string; message: string }) => ({
    status,
    value,
    error,
    asyncContext: undefined,
  });

  const settings = {
    get: (name: string) => (Object.prototype.hasOwnProperty.call(bag, name) ? bag[name] : null),
    set: (name: string, value: unknown) => {
      // WORD-SEMANTICS 51: values are stored as JSON; a function can't be.
      if (typeof value === "function") throw new Error("Settings values must be serializable as JSON.");
      bag[name] = value === undefined ? null : JSON.parse(JSON.stringify(value));
    },
    remove: (name: string) => {
      delete bag[name];
    },
    saveAsync: (optionsOrCb?: unknown, cb?: (r: unknown) => void) => {
      const callback = (typeof optionsOrCb === "function" ? optionsOrCb : cb) as ((r: unknown) => void) | undefined;
      setTimeout(() => {
        if (options.failSettingsSave) {
          callback?.(asyncResult("failed", undefined, { code: 4001, name: "Save Settings Error", message: "Settings could not be saved." }));
          return;
        }
        model.officeSettings = JSON.parse(JSON.stringify(bag));
        callback?.(asyncResult("succeeded"));
      }, 0);
    },
    refreshAsync: (cb?: (r: unknown) => void) => {
      bag = JSON.parse(JSON.stringify(model.officeSettings));
      setTimeout(() => cb?.(asyncResult("succeeded", settings)), 0);
    },
  };

  const document = {
    get mode() {
      return options.documentMode;
    },
    url: "https://emulator.invalid/Document.docx",
    settings,
    addHandlerAsync: (type: string, handler: Handler, optionsOrCb?: unknown, cb?: (r: unknown) => void) => {
      const callback = (typeof optionsOrCb === "function" ? optionsOrCb : cb) as ((r: unknown) => void) | undefined;
      if (type !== "documentSelectionChanged") {
        setTimeout(() => callback?.(asyncResult("failed", undefined, { code: 5000, name: "Hresult", message: "Unsupported event type." })), 0);
        return;
      }
      selectionHandlers.add(handler);
      setTimeout(() => callback?.(asyncResult("succeeded")), 0);
    },
    removeHandlerAsync: (type: string, optionsOrCb?: unknown, cb?: (r: unknown) => void) => {
      const opts = (typeof optionsOrCb === "object" && optionsOrCb) as { handler?: Handler } | false;
      const callback = (typeof optionsOrCb === "function" ? optionsOrCb : cb) as ((r: unknown) => void) | undefined;
      if (type === "documentSelectionChanged") {
        if (opts && opts.handler) selectionHandlers.delete(opts.handler);
        else selectionHandlers.clear();
      }
      setTimeout(() => callback?.(asyncResult("succeeded")), 0);
    },
  };

  const context = {
    get host() {
      return "Word";
    },
    get platform() {
      return options.platform;
    },
    get diagnostics() {
      return { host: "Word", platform: options.platform, version: "16.0.18000.10000" };
    },
    displayLanguage: "en-GB",
    contentLanguage: "en-GB",
    get officeTheme() {
      return { ...THEMES[options.theme] };
    },
    requirements: { isSetSupported: (name: string, minVersion?: string | number) => isSetSupported(options, name, minVersion) },
    document,
  };

  win.OSF = win.OSF ?? {};
  win.OSF._OfficeAppFactory = { getContext: () => context, getHostInfo: () => ({ hostType: "word", hostPlatform: "web" }) };
  Office.HostType = { Word: "Word", Excel: "Excel", PowerPoint: "PowerPoint", Outlook: "Outlook", OneNote: "OneNote", Project: "Project", Access: "Access" };
  Office.PlatformType = { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac", iOS: "iOS", Android: "Android", Universal: "Universal" };
  Office.AsyncResultStatus = Office.AsyncResultStatus ?? { Succeeded: "succeeded", Failed: "failed" };
  // WORD-SEMANTICS 62: resolves with the Word host, so the task pane takes the "in Word" path.
  const info = () => ({ host: "Word", platform: options.platform });
  Office.onReady = (cb?: (i: unknown) => void) =>
    new Promise((resolve: (v: unknown) => void) => {
      setTimeout(() => {
        cb?.(info());
        resolve(info());
      }, 0);
    });
  Office.initialize = Office.initialize ?? undefined;
  if (!Office.EventType) Office.EventType = { DocumentSelectionChanged: "documentSelectionChanged" };

  return {
    fireSelectionChanged() {
      for (const h of [...selectionHandlers]) h({ type: "documentSelectionChanged", document });
    },
    get settingsBag() {
      return bag;
    },
    reloadSettings() {
      bag = JSON.parse(JSON.stringify(model.officeSettings));
    },
  };
}
