/**
 * The preview page's host: ONE document model and dispatcher living in the page (preview.html),
 * shared by the task pane in its iframe. The page calls createPreviewHost(); the iframe's
 * taskpaneHost.ts calls connectTaskPane(window, window.parent's host), which installs the Office
 * stand-in and the Word session override in the iframe, forwarding every batch to the page.
 *
 * Batches cross the window boundary as JSON text, as the real channel to Word is a message:
 * nothing of the page's realm leaks into the library's objects (Array instanceof checks hold).
 * Owned by the preview page (installWordHost makes its own model, so it cannot be shared).
 */
import { installClientSupplement } from "./clientSupplement";
import { executeBatch, ReferenceTable, type RequestBody } from "./dispatcher";
import type { HostCounters } from "./host";
import { WordDocumentModel } from "./model";
import type { DocSpec } from "./modelSpec";
import type { ModelChange } from "./modelTypes";
import { installOffice } from "./office";
import { DEFAULT_OPTIONS, type WordHostOptions } from "./options";

/* The iframe's globals are untyped JavaScript from Microsoft's library. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;

/** How the page shows the task pane; high contrast is Windows' forced colours, not an Office theme. */
export type PreviewTheme = "light" | "dark" | "highContrast";

export interface PreviewHost {
  readonly model: WordDocumentModel;
  /** Live options: the dispatcher and the iframe's Office stand-in read them on every call. */
  readonly options: WordHostOptions;
  readonly counters: HostCounters;
  theme: PreviewTheme;
  /** Runs one batch (JSON text of the request body); returns the response body as JSON text. */
  execute(bodyJson: string): string;
  /** Called after every round trip (the page's sync counter). Returns the unsubscribe. */
  onRoundTrip(listener: () => void): () => void;
  resetCounters(): void;
  /** A fresh document from a spec; counters zeroed. */
  load(spec: DocSpec): void;
}

/** The window property the iframe looks for on window.parent. */
export const PREVIEW_HOST_KEY = "__irdPreviewHost";

/** The batch Word.run sends after each run to release its references (not the add-in's own work). */
const isCleanupOnly = (body: RequestBody) =>
  body.Actions.some((a) => a.Name === "_RemoveReference") && body.Actions.every((a) => a.Name === "_RemoveReference" || a.ActionType === 1);

export function createPreviewHost(spec?: DocSpec, options: Partial<WordHostOptions> = {}): PreviewHost {
  const model = new WordDocumentModel(spec);
  const opts: WordHostOptions = { ...DEFAULT_OPTIONS, ...options };
  const refs = new ReferenceTable();
  const counters: HostCounters = { roundTrips: 0, syncs: 0, actions: 0, failedBatches: 0 };
  const listeners = new Set<() => void>();
  const zero = () => Object.assign(counters, { roundTrips: 0, syncs: 0, actions: 0, failedBatches: 0 });

  return {
    model,
    options: opts,
    counters,
    theme: "light",
    execute(bodyJson) {
      const body = JSON.parse(bodyJson) as RequestBody;
      counters.roundTrips += 1;
      counters.actions += body.Actions.length;
      if (!isCleanupOnly(body)) counters.syncs += 1;
      const answer = executeBatch(body, model, opts, refs, (kinds) => {
        for (const k of kinds) model.emit(k === "selection" ? "selection" : (k as ModelChange["kind"]), "api");
      });
      if (answer.Error) counters.failedBatches += 1;
      for (const l of [...listeners]) l();
      return JSON.stringify(answer);
    },
    onRoundTrip(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    resetCounters() {
      zero();
      for (const l of [...listeners]) l();
    },
    load(next) {
      refs.clear();
      zero();
      model.load(next);
      for (const l of [...listeners]) l();
    },
  };
}

/**
 * In the task pane's window (after Microsoft's Word library, before the pane's code): the Office
 * stand-in and the Word session, both over the page's host. Word fires DocumentSelectionChanged
 * when a person moves the cursor or types and when an add-in selects; the pane re-reads on it.
 */
export function connectTaskPane(win: Loose, host: PreviewHost): void {
  const OE = win.OfficeExtension;
  if (!OE?.SessionBase || !win.Word) throw new Error("Microsoft's Word library must be loaded in the task pane before the emulator host.");
  installClientSupplement(win);
  const office = installOffice(win, host.model, host.options);
  if (host.theme === "highContrast") forceColours(win);

  const executeAsync = (_customData: unknown, _flags: number, message: { Body: RequestBody }) =>
    new win.Promise((resolve: (v: unknown) => void, reject: (e: unknown) => void) => {
      const run = () => {
        try {
          const before = host.model.selection;
          // Parsed here, so the answer is made of this window's objects.
          const body = win.JSON.parse(host.execute(JSON.stringify(message.Body)));
          if (host.model.selection !== before) office.fireSelectionChanged();
          resolve({ HttpStatusCode: 200, ErrorCode: "", ErrorMessage: "", Headers: {}, Body: body });
        } catch (e) {
          reject(e);
        }
      };
      if (host.options.latencyMs > 0) win.setTimeout(run, host.options.latencyMs);
      else win.Promise.resolve().then(run);
    });

  // An instance of the library's SessionBase: ClientRequestContext checks `instanceof SessionBase`.
  const session = Object.create(OE.SessionBase.prototype);
  session._resolveRequestUrlAndHeaderInfo = () => win.Promise.resolve({ url: "https://emulator.invalid/word", headers: {} });
  session._createRequestExecutorOrNull = () => ({ executeAsync });
  session.getEventRegistration = () => null;
  OE.SessionBase._overrideSession = session;

  // A person's edits, cursor moves and a new document reach the pane as a selection change.
  const unsubscribe = host.model.onChange((change) => {
    if (change.source === "api") return;
    win.setTimeout(() => office.fireSelectionChanged(), 0);
  });
  // The page outlives the pane (the theme and API switches reload it): drop this pane's listener.
  win.addEventListener("pagehide", unsubscribe);
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
