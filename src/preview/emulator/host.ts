/**
 * installWordHost(win): plugs the emulator into a window where Microsoft's Word library is
 * already evaluated. Every Word.run then goes through our session: one executeAsync per round
 * trip, the batch executed on the model, the answer in Word's wire format.
 */
import { installClientSupplement } from "./clientSupplement";
import { executeBatch, ReferenceTable, type RequestBody } from "./dispatcher";
import { WordDocumentModel } from "./model";
import type { DocSpec } from "./modelSpec";
import { installOffice, type OfficeStandIn } from "./office";
import { DEFAULT_OPTIONS, type WordHostOptions } from "./options";

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
  /** Zeroes the counters. */
  resetCounters(): void;
  /** Changes options (e.g. readOnly, latencyMs) on the live host. */
  configure(options: Partial<WordHostOptions>): void;
  /** Fresh document (and options back to those given at install, plus `options`); counters zeroed. */
  reset(spec?: DocSpec, options?: Partial<WordHostOptions>): void;
  /** Kept references currently held (tests check runs release theirs). */
  readonly referenceCount: number;
  /** The last request body received (for debugging and tests of the wire format). */
  readonly lastRequest: RequestBody | undefined;
}

/** The batch Word.run sends after each run to release its references. */
const isCleanupOnly = (body: RequestBody) =>
  body.Actions.some((a) => a.Name === "_RemoveReference") && body.Actions.every((a) => a.Name === "_RemoveReference" || a.ActionType === 1);

/**
 * Prepares the Word library loaded in `win` as Word's own client would be: the classes the npm
 * build lacks, and the requirement-set check switched on. Used for the page's host and for the
 * preview's task pane window alike.
 */
export function prepareWordClient(win: Loose): void {
  const OE = win.OfficeExtension;
  if (!OE?.SessionBase || !win.Word) throw new Error("Microsoft's Word library must be loaded in this window before the emulator host.");
  installClientSupplement(win);
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
  const refs = new ReferenceTable();
  const counters: HostCounters = { roundTrips: 0, syncs: 0, actions: 0, failedBatches: 0 };
  let lastRequest: RequestBody | undefined;

  const office = installOffice(win, model, opts);

  const execute = (message: { Body: RequestBody }) => {
    // Serialise both ways, as the real channel does: no shared objects between add-in and document.
    const body = JSON.parse(JSON.stringify(message.Body)) as RequestBody;
    lastRequest = body;
    counters.roundTrips += 1;
    counters.actions += body.Actions.length;
    if (!isCleanupOnly(body)) counters.syncs += 1;
    const before = model.selection;
    const answer = executeBatch(body, model, opts, refs, (kinds) => {
      for (const k of kinds) model.emit(k === "selection" ? "selection" : (k as "content"), "api");
    });
    if (answer.Error) counters.failedBatches += 1;
    if (model.selection !== before) office.fireSelectionChanged();
    return { HttpStatusCode: 200, ErrorCode: "", ErrorMessage: "", Headers: {}, Body: JSON.parse(JSON.stringify(answer)) };
  };

  let inFlight = 0;
  /** WORD-SEMANTICS 17 (DOC, code undocumented): past the limit of batches in flight, Word refuses the batch. */
  const refuse = () => {
    counters.roundTrips += 1;
    counters.failedBatches += 1;
    const code = opts.queuedBatchLimitErrorCode;
    const error = { Code: code, Message: "Too many batches are queued.", Location: "", ActionIndex: 0, HttpStatusCode: 500 };
    return { HttpStatusCode: 200, ErrorCode: "", ErrorMessage: "", Headers: {}, Body: { Results: [], Error: error } };
  };

  const executor = {
    executeAsync(_customData: unknown, _flags: number, message: { Body: RequestBody }) {
      inFlight += 1;
      const overLimit = inFlight > opts.maxQueuedBatches;
      return new Promise((resolve, reject) => {
        const run = () => {
          try {
            resolve(overLimit ? refuse() : execute(message));
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
    resetCounters() {
      Object.assign(counters, { roundTrips: 0, syncs: 0, actions: 0, failedBatches: 0 });
    },
    configure(next) {
      Object.assign(opts, next);
    },
    reset(nextSpec, nextOptions) {
      Object.assign(opts, installed, nextOptions ?? {});
      model.load(nextSpec ?? {});
      office.reloadSettings();
      refs.clear();
      lastRequest = undefined;
      Object.assign(counters, { roundTrips: 0, syncs: 0, actions: 0, failedBatches: 0 });
    },
    get referenceCount() {
      return refs.size;
    },
    get lastRequest() {
      return lastRequest;
    },
  };
}
