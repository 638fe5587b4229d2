/**
 * Fault injection for the browser tests (issue 11): a narrow API on the preview page's window,
 * `window.__irdHost`, that plays a Word that fails, turns read-only or answers slowly. Preview
 * page only: it lives in src/preview, which the production build never includes; the task pane's
 * code never uses it (it reaches the document only through the Word library, as in Word).
 */
import type { RequestBody } from "./emulator/dispatcher";
import { isCleanupOnly, type RequestLogEntry } from "./emulator/hostRecords";
import type { PreviewHost } from "./emulator/previewBridge";
import { paragraphsIn } from "./emulator/modelTree";

/** Which action of the batch fails: an index into its Actions, or its first, middle or last. */
export type FailAt = number | "first" | "middle" | "last";

export interface FailNextOptions {
  /** Only a batch that changes the document counts (any SetProperty or a writing method), reads go through. Default false. */
  writesOnly?: boolean;
  /** Let this many matching batches through first. Default 0. */
  skip?: number;
}

/** What an injection hit: the failed batch's size and the action that failed. */
export interface InjectedHit {
  actions: number;
  action: number;
  code: string;
  /** The names of the batch's actions (wire names), to see what ran before the failure. */
  names: string[];
}

export interface PreviewTestHook {
  /**
   * The next round trip (not Word.run's release batch; with `writesOnly`, the next one that writes)
   * fails at action `at` with `code`, as Word fails (WORD-SEMANTICS 16: earlier actions stay done,
   * later ones don't run). A second call queues behind the first: it counts batches from the one
   * after the first failure (e.g. a failed insert, then its clean-up).
   */
  failNextBatchAt(at: FailAt, code: string, options?: FailNextOptions): void;
  /** Injections not yet reached are dropped. */
  clearFailures(): void;
  /** Injections queued and not yet reached. */
  readonly waiting: number;
  /** Where the last injection hit; null before any did. */
  readonly lastHit: InjectedHit | null;
  /**
   * Word's read-only switch: every write fails at sync (WORD-SEMANTICS 56). The host only: the
   * page's Read-only box and status bar do not follow (tick the box to switch all three).
   */
  setReadOnly(on: boolean): void;
  /** Delay of every round trip, in milliseconds (0: none). */
  setLatency(ms: number): void;
  /** The round trips since the last resetCounters (sizes, clean-up or not), oldest first. */
  requestLog(): RequestLogEntry[];
  resetCounters(): void;
  /** Tags of every content control in the document, in document order. */
  tags(): string[];
  /** The body's paragraph texts, in order. */
  paragraphs(): string[];
  /** A person applying a paragraph style to everything in the first control with this tag (the office's own response style). False when there is none. */
  styleControl(tag: string, style: string): boolean;
}

export const TEST_HOOK_KEY = "__irdHost";

/** Method names that change the document (the rest read, navigate or keep references). */
const WRITING_METHOD = /^(Insert|Delete|Clear|Set|Add|Unwrap|Accept|Reject)/;

/** WORD-SEMANTICS wire format: ActionType 3 Method, 4 SetProperty. */
const writes = (body: RequestBody) => body.Actions.some((a) => a.ActionType === 4 || (a.ActionType === 3 && WRITING_METHOD.test(a.Name)));

function resolveAt(at: FailAt, length: number): number {
  if (at === "first") return 0;
  if (at === "middle") return Math.floor(length / 2);
  if (at === "last") return Math.max(0, length - 1);
  return at;
}

/**
 * Wraps the page host's executeAsync (the one door every batch of the pane comes through) so an
 * injection can be aimed at a batch by what it does and at its last action, which only the batch
 * itself tells; the host's own injectFailure then fails it.
 */
export function installTestHook(win: Window, host: PreviewHost): PreviewTestHook {
  let pending: Array<{ at: FailAt; code: string; writesOnly: boolean; skip: number }> = [];
  let lastHit: InjectedHit | null = null;
  const execute = host.executeAsync.bind(host);
  host.executeAsync = (customData, flags, message) => {
    const body = (message as { Body?: RequestBody } | undefined)?.Body;
    const next = pending[0];
    if (next && body && !isCleanupOnly(body) && (!next.writesOnly || writes(body))) {
      if (next.skip > 0) next.skip -= 1;
      else {
        const action = resolveAt(next.at, body.Actions.length);
        host.word.injectFailure({ batch: 0, action, code: next.code });
        lastHit = { actions: body.Actions.length, action, code: next.code, names: body.Actions.map((a) => a.Name) };
        pending.shift();
      }
    }
    return execute(customData, flags, message);
  };

  const hook: PreviewTestHook = {
    failNextBatchAt(at, code, options = {}) {
      pending.push({ at, code, writesOnly: options.writesOnly ?? false, skip: options.skip ?? 0 });
    },
    clearFailures() {
      pending = [];
      host.word.clearInjectedFailures();
    },
    get waiting() {
      return pending.length;
    },
    get lastHit() {
      return lastHit;
    },
    setReadOnly(on) {
      host.word.configure({ readOnly: on });
    },
    setLatency(ms) {
      host.word.configure({ latencyMs: Math.max(0, ms) });
    },
    requestLog: () => host.word.requestLog.map((entry) => ({ ...entry })),
    resetCounters: () => host.resetCounters(),
    tags: () => host.word.model.allControls().map((cc) => cc.tag),
    paragraphs: () => host.word.model.paragraphs().map((p) => p.text),
    styleControl(tag, style) {
      const cc = host.word.model.allControls().find((c) => c.tag === tag);
      if (!cc) return false;
      for (const p of paragraphsIn(cc.children)) p.style = style;
      host.word.model.emit("content", "user");
      return true;
    },
  };
  (win as unknown as Record<string, unknown>)[TEST_HOOK_KEY] = hook;
  return hook;
}
