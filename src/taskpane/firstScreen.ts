/**
 * Marks the moment the pane's first usable screen (the welcome, or the inspection list) is painted,
 * as the performance mark `ird:first-screen`: set once the first frame after that screen is
 * rendered has been drawn, once per page. `npm run bench` reads it (scripts/bench/startup.bench.ts); so can
 * anyone looking at a slow start in the browser's performance tools.
 */
import { useEffect } from "react";

export const FIRST_SCREEN_MARK = "ird:first-screen";

let marked = false;

/**
 * Sets the mark once the next frame has been drawn: an animation frame callback runs before that
 * frame's style, layout and paint, so the mark is set from a task queued there, which runs after
 * them. (From the callback itself, a page that happened to lay out early, say for a focus, would be
 * charged for work another page does after its mark.) The bench's reference page sets it the same way.
 */
export function markAfterNextPaint(name: string): void {
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      performance.mark?.(name);
      channel.port1.close();
    };
    channel.port2.postMessage(null);
  });
}

/** Call in the first screen's component; `shown` is false while it still shows only progress. */
export function useFirstScreenMark(shown: boolean): void {
  useEffect(() => {
    if (!shown || marked || typeof requestAnimationFrame !== "function" || typeof MessageChannel !== "function") return;
    marked = true;
    markAfterNextPaint(FIRST_SCREEN_MARK);
  }, [shown]);
}
