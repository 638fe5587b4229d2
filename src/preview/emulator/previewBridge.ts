/**
 * The preview page's host, shared with the task pane in its iframe. The page (preview.html, which
 * also loads Microsoft's Word library) installs the ONE emulator host on its own window with
 * installWordHost: one document model, options, counters, latency and batch limits. The iframe's
 * taskpaneHost.ts then calls connectTaskPane(window, window.parent's PreviewHost): the pane's Word
 * library gets the client supplement, the Office stand-in and a session whose executor forwards
 * every batch to the page host's executor, so the pane edits the document the page shows.
 *
 * Answers cross the window boundary as JSON, like the real channel to Word: the pane's library only
 * ever sees objects of its own window. Preview page code (installWordHost makes the model, so the
 * pane cannot install its own host over the page's document).
 */
import { connectRichApiChannel } from "./clientEvents";
import { installWordHost, overrideSession, prepareWordClient, type WordHost } from "./host";
import type { DocSpec } from "./modelSpec";
import { installOffice } from "./office";
import type { WordHostOptions } from "./options";

/* The windows' globals are untyped JavaScript from Microsoft's library. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;

/** How the page shows the task pane; high contrast is Windows' forced colours, not an Office theme. */
export type PreviewTheme = "light" | "dark" | "highContrast";

interface Executor {
  executeAsync(customData: unknown, flags: number, message: unknown): Promise<unknown>;
}

export interface PreviewHost {
  /** The page's emulator host: model, live options, counters. */
  readonly word: WordHost;
  theme: PreviewTheme;
  /** Runs one of the pane's batches on the page's host. */
  executeAsync(customData: unknown, flags: number, message: unknown): Promise<unknown>;
  /** The sync counter follows every round trip. Returns the unsubscribe. */
  onRoundTrip(listener: () => void): () => void;
  /** Word's DocumentSelectionChanged: the add-in or a person moved the selection, or the person typed. */
  onSelectionChanged(listener: () => void): () => void;
  /** A fresh document (New document, Load sample); counters zeroed, options kept. */
  load(spec: DocSpec): void;
  resetCounters(): void;
}

/** The window property the pane looks for on window.parent. */
export const PREVIEW_HOST_KEY = "__irdPreviewHost";

/** On the page's window, after Microsoft's Word library has loaded there. */
export function createPreviewHost(win: Loose, spec?: DocSpec, options: Partial<WordHostOptions> = {}): PreviewHost {
  const word = installWordHost(win, options, spec);
  const executor: Executor = win.OfficeExtension.SessionBase._overrideSession._createRequestExecutorOrNull();
  const roundTrips = new Set<() => void>();
  const selections = new Set<() => void>();
  const notify = (set: Set<() => void>) => {
    for (const l of [...set]) {
      try {
        l();
      } catch {
        // A pane that is going away must not break the page.
      }
    }
  };
  // The host fires the page's Office event when an add-in batch moved the selection ...
  win.Office.context.document.addHandlerAsync("documentSelectionChanged", () => notify(selections));
  // ... and a person's edits, cursor moves and a new document count as selection changes too.
  word.model.onChange((change) => {
    if (change.source !== "api") win.setTimeout(() => notify(selections), 0);
  });

  return {
    word,
    theme: "light",
    async executeAsync(customData, flags, message) {
      try {
        return await executor.executeAsync(customData, flags, message);
      } finally {
        notify(roundTrips);
      }
    },
    onRoundTrip(listener) {
      roundTrips.add(listener);
      return () => roundTrips.delete(listener);
    },
    onSelectionChanged(listener) {
      selections.add(listener);
      return () => selections.delete(listener);
    },
    load(next) {
      word.model.load(next);
      word.office.reloadSettings();
      word.resetCounters();
      notify(roundTrips);
    },
    resetCounters() {
      word.resetCounters();
      notify(roundTrips);
    },
  };
}

/** In the task pane's window, after Microsoft's Word library and before the pane's own code. */
export function connectTaskPane(win: Loose, host: PreviewHost): void {
  // The client side exactly as installWordHost prepares it: missing classes and WORD-SEMANTICS
  // 60's requirement check in this window's library.
  prepareWordClient(win);
  const office = installOffice(win, host.word.model, host.word.options);
  if (host.theme === "highContrast") forceColours(win);

  const executeAsync = (customData: unknown, flags: number, message: unknown) =>
    new win.Promise((resolve: (v: unknown) => void, reject: (e: unknown) => void) => {
      host.executeAsync(customData, flags, message).then(
        // Rebuilt here, so the library gets this window's objects.
        (answer) => resolve(win.JSON.parse(JSON.stringify(answer))),
        (error) => reject(error),
      );
    });

  overrideSession(win, { executeAsync }, win.Promise);

  const unsubscribe = host.onSelectionChanged(() => office.fireSelectionChanged());
  // Word's document events (WordApi 1.6) reach this window's library as RichApi messages.
  const disconnect = connectRichApiChannel(win, host.word.events);
  // The page outlives the pane (the theme and version switches reload it): drop this pane's listeners.
  win.addEventListener("pagehide", () => {
    unsubscribe();
    disconnect();
  });
}

/** Windows high contrast: the pane asks `(forced-colors: active)`, which a page cannot switch on. */
function forceColours(win: Loose): void {
  const original = win.matchMedia?.bind(win);
  if (!original) return;
  win.matchMedia = (query: string) => {
    if (!/forced-colors\s*:\s*active/.test(query)) return original(query);
    // A plain stand-in: a real MediaQueryList's methods refuse any other `this`.
    const noop = () => undefined;
    return { matches: true, media: query, onchange: null, addEventListener: noop, removeEventListener: noop, addListener: noop, removeListener: noop, dispatchEvent: () => false };
  };
}
