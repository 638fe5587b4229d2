/**
 * Marks the moment the pane's first usable screen (the welcome, or the inspection list) is painted,
 * as the performance mark `ird:first-screen`: set from the first animation frame after that screen
 * is rendered, once per page. `npm run bench` reads it (scripts/bench/startup.bench.ts); so can
 * anyone looking at a slow start in the browser's performance tools.
 */
import { useEffect } from "react";

export const FIRST_SCREEN_MARK = "ird:first-screen";

let marked = false;

/** Call in the first screen's component; `shown` is false while it still shows only progress. */
export function useFirstScreenMark(shown: boolean): void {
  useEffect(() => {
    if (!shown || marked || typeof requestAnimationFrame !== "function") return;
    marked = true;
    requestAnimationFrame(() => performance.mark?.(FIRST_SCREEN_MARK));
  }, [shown]);
}
