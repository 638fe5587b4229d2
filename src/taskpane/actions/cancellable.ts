/** Helpers for actions the user can cancel while the pane is waiting (issue 5). */

/** Lets the browser handle pending input (a click on Cancel) before the action goes on. */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Waits for `work` unless `signal` is aborted first: cancelling stops the waiting at once, even
 * when the work itself cannot be stopped (its result is then dropped). Resolves to `null` if aborted.
 */
export function unlessAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<{ value: T } | null> {
  if (signal.aborted) return Promise.resolve(null);
  return new Promise((resolve, reject) => {
    const onAbort = () => resolve(null);
    signal.addEventListener("abort", onAbort, { once: true });
    work.then(
      (value) => {
        signal.removeEventListener("abort", onAbort);
        resolve(signal.aborted ? null : { value });
      },
      (error: unknown) => {
        signal.removeEventListener("abort", onAbort);
        // A failure of work nobody waits for any more is not the user's concern.
        if (signal.aborted) resolve(null);
        else reject(error);
      },
    );
  });
}
