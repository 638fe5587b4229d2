/**
 * What the pane loads after its first screen (issues 5 and 12). The start-up bundle holds the frame,
 * the messages and both first screens (the welcome, the inspection list), so the first screen needs
 * no further request. Everything else is a separate chunk, fetched only once the first screen is
 * painted, so nothing competes with it: the start-up work (validating the settings, house styles and
 * catalog; the document's own inspection) when the browser is next idle, then the screens a user is
 * likely to open next; the rarely used ones when the user heads for them (hover or focus of their
 * tab or button), or on opening.
 */
import { showFailure } from "../../actions/messages";
import type { Services } from "../../services";
import type { PaneTab } from "../../store/uiSlice";
import { lazyScreen, type LazyScreen } from "../lazyScreen";

export const DraftPanel = lazyScreen(() => import(/* webpackChunkName: "screen-draft" */ "../DraftPanel").then((m) => m.DraftPanel));
export const WordingLibrary = lazyScreen(() => import(/* webpackChunkName: "screen-wording" */ "../WordingLibrary").then((m) => m.WordingLibrary));
export const CoveragePanel = lazyScreen(() => import(/* webpackChunkName: "screen-coverage" */ "../CoveragePanel").then((m) => m.CoveragePanel));
// Rarely used: fetched when the user heads for them, or on opening.
export const ImportInspection = lazyScreen(() => import(/* webpackChunkName: "screen-import" */ "../ImportInspection").then((m) => m.ImportInspection));
export const SettingsScreen = lazyScreen(() => import(/* webpackChunkName: "screen-settings" */ "../SettingsScreen").then((m) => m.default));
export const HelpScreen = lazyScreen(() => import(/* webpackChunkName: "screen-help" */ "../HelpScreen").then((m) => m.default));
/**
 * A returning user's first screen: the tab bar and the inspection list (TabbedScreens.tsx). Its own
 * chunk, fetched by the page with the start-up bundles (webpack.config.js), so the welcome never runs
 * its code; the entry preloads it before a returning user's first render.
 */
export const TabbedScreens = lazyScreen(() => import(/* webpackChunkName: "first-screen-tabs" */ "./TabbedScreens").then((m) => m.TabbedScreens));

/** The screen behind each tab (the inspection list comes with the start-up bundle). */
const SCREEN_OF_TAB: Partial<Record<PaneTab, LazyScreen<object>>> = {
  draft: DraftPanel,
  wording: WordingLibrary,
  coverage: CoveragePanel,
  settings: SettingsScreen,
  help: HelpScreen,
};

/** Starts fetching a tab's screen: the pointer or the focus is on its tab. */
export function preloadTab(tab: PaneTab): void {
  void SCREEN_OF_TAB[tab]?.preload();
}

/** Runs `task` after the next paint, once the browser is idle (or half a second later at most). */
export function whenPaintedAndIdle(task: () => void): void {
  const idle = () => (typeof requestIdleCallback === "function" ? requestIdleCallback(task, { timeout: 500 }) : setTimeout(task, 0));
  // An animation frame runs just before a paint; a task queued from it runs after that paint.
  if (typeof requestAnimationFrame === "function") requestAnimationFrame(() => setTimeout(idle, 0));
  else setTimeout(idle, 0);
}

const starts = new WeakMap<Services, Promise<void>>();
/** Whether the pane that last asked to start is still shown (the work waits for a paint; it may be gone). */
const stillShown = new WeakMap<Services, () => boolean>();

/**
 * Runs the start-up work once per set of services (StrictMode runs effects twice in development),
 * after the first screen is painted. Resolves as soon as the saved settings and house styles are in
 * the store (startPane reads them before its first await), which the other screens need; the
 * catalog's validation and the document's own inspection follow. Then, when the browser is idle,
 * fetches the screens a user is likely to open next (Draft, Coverage). Nothing runs if the pane
 * has gone by then (`shown` answers false).
 */
export function startOnce(services: Services, shown: () => boolean): Promise<void> {
  stillShown.set(services, shown);
  let started = starts.get(services);
  if (!started) {
    const failed = (error: unknown) => showFailure("startup", "The add-in could not finish loading", error);
    const run = async () => {
      if (!stillShown.get(services)?.()) {
        starts.delete(services); // a pane shown later with these services starts afresh
        return;
      }
      try {
        const { startPane } = await import(/* webpackChunkName: "startup" */ "../../actions/startup");
        void startPane(services).catch(failed);
      } catch (error) {
        failed(error);
      }
      whenPaintedAndIdle(() => {
        void DraftPanel.preload();
        void CoveragePanel.preload();
      });
    };
    started = new Promise<void>((resolve) => whenPaintedAndIdle(resolve)).then(run);
    starts.set(services, started);
  }
  return started;
}
