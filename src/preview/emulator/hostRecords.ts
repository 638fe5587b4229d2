/**
 * What the host records about the add-in's round trips (WORD-SEMANTICS 72) and the failures a
 * test asks it to inject (WORD-SEMANTICS 16: a failing action stops its batch, nothing rolls back).
 */
import type { InjectedFailure, RequestBody } from "./dispatcher";
import type { WordErrorCode } from "./errors";

/** One round trip as it crossed the channel (WORD-SEMANTICS 72). */
export interface RequestLogEntry {
  /** Actions in the request (Instantiate, Query, Method, SetProperty, `_RemoveReference`…). */
  actions: number;
  /** The request body's size as JSON, in UTF-8 bytes. */
  requestBytes: number;
  /** The answer body's size as JSON, in UTF-8 bytes. */
  responseBytes: number;
  /** The release batch Word.run sends after the run (only `_RemoveReference` work). */
  cleanup: boolean;
}

/** host.injectFailure's argument. */
export interface FailureInjection {
  /** Which coming round trip, counting only those that are not clean-up batches: 0 is the next one. */
  batch: number;
  /** 0-based index into that batch's Actions, as received. */
  action: number;
  /** The error code Word answers with ("GeneralException", "AccessDenied", "ItemNotFound"…). */
  code: WordErrorCode | (string & {});
}

/** The batch Word.run sends after each run to release its references (WORD-SEMANTICS 72). */
export const isCleanupOnly = (body: RequestBody): boolean =>
  body.Actions.some((a) => a.Name === "_RemoveReference") && body.Actions.every((a) => a.Name === "_RemoveReference" || a.ActionType === 1);

/** UTF-8 length of a string, counted without TextEncoder (not in every test environment). */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      n += 4;
      i += 1;
    } else n += 3;
  }
  return n;
}

/**
 * Pending injections. `batch` is turned into an absolute number of non-clean-up round trips when
 * the test calls injectFailure, so later round trips count from that moment.
 */
export class FailureInjector {
  private seen = 0;
  private pending: Array<{ at: number } & InjectedFailure> = [];

  add(f: FailureInjection): void {
    if (!Number.isInteger(f.batch) || f.batch < 0 || !Number.isInteger(f.action) || f.action < 0)
      throw new Error("injectFailure: batch and action must be integers from 0.");
    this.pending.push({ at: this.seen + f.batch, action: f.action, code: f.code });
  }

  clear(): void {
    this.pending = [];
  }

  get size(): number {
    return this.pending.length;
  }

  /**
   * Called once per non-clean-up round trip: the injection for this one, if any (the lowest action
   * index wins, since the batch stops there). Injections for this batch are consumed: the others
   * for the same batch can't be reached, and one whose action index is beyond the batch's length
   * is dropped unused.
   */
  next(): InjectedFailure | undefined {
    const now = this.seen++;
    const due = this.pending.filter((p) => p.at === now).sort((a, b) => a.action - b.action)[0];
    this.pending = this.pending.filter((p) => p.at > now);
    return due ? { action: due.action, code: due.code } : undefined;
  }
}
