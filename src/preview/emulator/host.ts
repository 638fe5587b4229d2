/**
 * installWordHost(win): plugs the emulator into a window where Microsoft's Word library is
 * already evaluated. Every Word.run then goes through our session: one executeAsync per round
 * trip, the batch executed on the model, the answer in Word's wire format.
 */
import { connectRichApiChannel, installEventsClient } from "./clientEvents";
import { installClientSupplement } from "./clientSupplement";
import { executeBatch, type RequestBody } from "./dispatcher";
import { attachEventSource, type WordEventSource } from "./events";
import { FailureInjector, isCleanupOnly, utf8Length, type FailureInjection, type RequestLogEntry } from "./hostRecords";
import { WordDocumentModel, type SelectionLogEntry } from "./model";
import type { DocSpec } from "./modelSpec";
import { installOffice, type OfficeStandIn } from "./office";
import { DEFAULT_OPTIONS, type WordHostOptions } from "./options";
import { ReferenceTable } from "./refs";

export type { FailureInjection, RequestLogEntry } from "./hostRecords";
export type { SelectionLogEntry } from "./model";

/* The window's globals are untyped JavaScript from Microsoft's library. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;

export interface HostCounters {
  /** executeAsync calls, including the clean-up batch Word.run sends after each run. */
  roundTrips: number;
  /** Round trips that carried the add-in's own work (clean-up batches excluded). */
  syncs: number;
  /** Actions received (Instantiate, Query, Method, SetProperty…), clean-up included. */
  actions: number;
  /** Batches that ended in an error. */
  failedBatches: number;
}

export interface WordHost {
  readonly model: WordDocumentModel;
  readonly options: WordHostOptions;
  readonly counters: HostCounters;
  readonly office: OfficeStandIn;
  /**
   * Word's paragraph events (WordApi 1.6, events.ts): raised after each change, a person's or a
   * batch's, while the add-in has a handler; `events.raised` lists them. reset() clears it.
   */
  readonly events: WordEventSource;
  /** Zeroes the counters and empties requestLog. */
  resetCounters(): void;
  /**
   * One entry per round trip, clean-up batches included (WORD-SEMANTICS 72: Word.run releases
   * every tracked proxy, loaded items included, in one more request). Emptied by reset() and
   * resetCounters().
   */
  readonly requestLog: RequestLogEntry[];
  /**
   * Every change of the selection, in order (WORD-SEMANTICS 69): the add-in's select() ("api"),
   * a person's cursor moves and edits in the preview ("user"), a document load ("test"). reset()
   * empties it before loading, so it then holds the load's entry.
   */
  readonly selectionLog: SelectionLogEntry[];
  /** Empties selectionLog. */
  resetSelectionLog(): void;
  /**
   * Makes a coming batch fail as a real failure does (WORD-SEMANTICS 16): action `action` of the
   * `batch`-th round trip from now that is not a clean-up batch (0 = the next) fails with `code`;
   * the actions before it have taken effect, those after it don't run. Used once, then gone.
   */
  injectFailure(failure: FailureInjection): void;
  /** Drops injected failures not yet reached (reset() does too). */
  clearInjectedFailures(): void;
  /** Changes options (e.g. readOnly, latencyMs) on the live host. */
  configure(options: Partial<WordHostOptions>): void;
  /** Fresh document (and options back to those given at install, plus `options`); counters zeroed. */
  reset(spec?: DocSpec, options?: Partial<WordHostOptions>): void;
  /** Kept references currently held (tests check runs release theirs). */
  readonly referenceCount: number;
  /** The last request body received (for debugging and tests of the wire format). */
  readonly lastRequest: RequestBody | undefined;
}

/**
 * Prepares the Word library loaded in `win` as Word's own client would be: the classes the npm
 * build lacks, and the requirement-set check switched on. Used for the page's host and for the
 * preview's task pane window alike.
 */
export function prepareWordClient(win: Loose): void {
  const OE = win.OfficeExtension;
  if (!OE?.SessionBase || !win.Word) throw new Error("Microsoft's Word library must be loaded in this window before the emulator host.");
  installClientSupplement(win);
  installEventsClient(win);
  // WORD-SEMANTICS 60: the npm web build sets its "check requirement sets" flag on Utility, but
  // the check reads CommonUtility's copy, so ApiNotFound would never fire; turn it on as Word does.
  if (OE.CommonUtility) OE.CommonUtility._doApiNotSupportedCheck = true;
}

/** Routes every Word.run of the library in `win` to `executor` (its promises made with `PromiseCtor`). */
export function overrideSession(win: Loose, executor: unknown, PromiseCtor: PromiseConstructor): void {
  const OE = win.OfficeExtension;
  // An instance of the library's SessionBase: ClientRequestContext checks `instanceof SessionBase`.
  const session = Object.create(OE.SessionBase.prototype);
  session._resolveRequestUrlAndHeaderInfo = () => PromiseCtor.resolve({ url: "https://emulator.invalid/word", headers: {} });
  session._createRequestExecutorOrNull = () => executor;
  session.getEventRegistration = () => null;
  OE.SessionBase._overrideSession = session;
}

export function installWordHost(win: Loose, options: Partial<WordHostOptions> = {}, spec?: DocSpec): WordHost {
  prepareWordClient(win);
  const installed = { ...DEFAULT_OPTIONS, ...options };
  const opts: WordHostOptions = { ...installed };
  const model = new WordDocumentModel(spec);
  // The model applies orphanParentDeletion itself (user edits in the preview too): same live object.
  model.policy = opts;
  const refs = new ReferenceTable();
  const counters: HostCounters = { roundTrips: 0, syncs: 0, actions: 0, failedBatches: 0 };
  const requestLog: RequestLogEntry[] = [];
  const injector = new FailureInjector();
  let lastRequest: RequestBody | undefined;

  const office = installOffice(win, model, opts);
  // Events come after the task that caused them, one round trip's latency later.
  const events = attachEventSource(model, () => opts.latencyMs);
  connectRichApiChannel(win, events);

  /** Logs the round trip (WORD-SEMANTICS 72) and wraps the answer as the channel returns it. */
  const answerWith = (requestText: string, cleanup: boolean, actions: number, answer: unknown) => {
    const responseText = JSON.stringify(answer);
    requestLog.push({ actions, requestBytes: utf8Length(requestText), responseBytes: utf8Length(responseText), cleanup });
    return { HttpStatusCode: 200, ErrorCode: "", ErrorMessage: "", Headers: {}, Body: JSON.parse(responseText) };
  };

  const execute = (message: { Body: RequestBody }) => {
    // Serialise both ways, as the real channel does: no shared objects between add-in and document.
    const requestText = JSON.stringify(message.Body);
    const body = JSON.parse(requestText) as RequestBody;
    const cleanup = isCleanupOnly(body);
    lastRequest = body;
    counters.roundTrips += 1;
    counters.actions += body.Actions.length;
    if (!cleanup) counters.syncs += 1;
    const before = model.selection;
    const answer = executeBatch(
      body,
      model,
      opts,
      refs,
      (kinds) => {
        for (const k of kinds) model.emit(k === "selection" ? "selection" : (k as "content"), "api");
      },
      cleanup ? undefined : injector.next(),
    );
    if (answer.Error) counters.failedBatches += 1;
    if (model.selection !== before) office.fireSelectionChanged();
    return answerWith(requestText, cleanup, body.Actions.length, answer);
  };

  let inFlight = 0;
  /** WORD-SEMANTICS 17 (DOC, code undocumented): past the limit of batches in flight, Word refuses the batch. */
  const refuse = (message: { Body: RequestBody }) => {
    counters.roundTrips += 1;
    counters.failedBatches += 1;
    const requestText = JSON.stringify(message.Body);
    const cleanup = isCleanupOnly(message.Body);
    // A refused batch is still a round trip: an injection aimed at it is used up unreached.
    if (!cleanup) injector.next();
    const code = opts.queuedBatchLimitErrorCode;
    const error = { Code: code, Message: "Too many batches are queued.", Location: "", ActionIndex: 0, HttpStatusCode: 500 };
    return answerWith(requestText, cleanup, message.Body.Actions.length, { Results: [], Error: error });
  };

  const executor = {
    executeAsync(_customData: unknown, _flags: number, message: { Body: RequestBody }) {
      inFlight += 1;
      const overLimit = inFlight > opts.maxQueuedBatches;
      return new Promise((resolve, reject) => {
        const run = () => {
          try {
            resolve(overLimit ? refuse(message) : execute(message));
          } catch (e) {
            reject(e);
          } finally {
            inFlight -= 1;
          }
        };
        if (opts.latencyMs > 0) setTimeout(run, opts.latencyMs);
        else Promise.resolve().then(run);
      });
    },
  };

  overrideSession(win, executor, Promise);

  return {
    model,
    get options() {
      return opts;
    },
    counters,
    office,
    events,
    resetCounters() {
      Object.assign(counters, { roundTrips: 0, syncs: 0, actions: 0, failedBatches: 0 });
      requestLog.length = 0;
    },
    requestLog,
    get selectionLog() {
      return model.selectionLog;
    },
    resetSelectionLog() {
      model.selectionLog.length = 0;
    },
    injectFailure(failure) {
      injector.add(failure);
    },
    clearInjectedFailures() {
      injector.clear();
    },
    configure(next) {
      Object.assign(opts, next);
    },
    reset(nextSpec, nextOptions) {
      Object.assign(opts, installed, nextOptions ?? {});
      model.selectionLog.length = 0;
      events.reset();
      model.load(nextSpec ?? {});
      office.reloadSettings();
      refs.clear();
      injector.clear();
      lastRequest = undefined;
      Object.assign(counters, { roundTrips: 0, syncs: 0, actions: 0, failedBatches: 0 });
      requestLog.length = 0;
    },
    get referenceCount() {
      return refs.size;
    },
    get lastRequest() {
      return lastRequest;
    },
  };
}
