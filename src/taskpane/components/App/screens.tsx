/**
 * What the pane loads after its first paint (issue 5, the bundle budget: the start-up bundle holds
 * only the frame, the messages and the inspection list). The start-up work needs the validation
 * and XML code; the other screens need Fluent components the list does not. Each is a separate
 * chunk, fetched as soon as the pane has started, so opening a screen is still immediate.
 */
import { showFailure } from "../../actions/messages";
import type { Services } from "../../services";
import { lazyScreen } from "../lazyScreen";

export const Welcome = lazyScreen(() => import(/* webpackChunkName: "screen-welcome" */ "../Welcome").then((m) => m.Welcome));
export const DraftPanel = lazyScreen(() => import(/* webpackChunkName: "screen-draft" */ "../DraftPanel").then((m) => m.DraftPanel));
export const CoveragePanel = lazyScreen(() => import(/* webpackChunkName: "screen-coverage" */ "../CoveragePanel").then((m) => m.CoveragePanel));
// Rarely used: loaded only when opened.
export const ImportInspection = lazyScreen(() => import(/* webpackChunkName: "screen-import" */ "../ImportInspection").then((m) => m.ImportInspection));
export const SettingsScreen = lazyScreen(() => import(/* webpackChunkName: "screen-settings" */ "../SettingsScreen").then((m) => m.default));
export const HelpScreen = lazyScreen(() => import(/* webpackChunkName: "screen-help" */ "../HelpScreen").then((m) => m.default));

/** The screens a user is likely to open next, fetched while they read the inspection list. */
export function preloadScreens(welcomeDone: boolean): void {
  if (!welcomeDone) void Welcome.preload();
  void DraftPanel.preload();
  void CoveragePanel.preload();
}

const starts = new WeakMap<Services, Promise<void>>();

/**
 * Runs the start-up work once per set of services (StrictMode runs effects twice in development).
 * Resolves as soon as the saved settings and styles are in the store (startPane reads them before
 * its first await), so the pane can show the welcome or the tabs; the catalog and the document's
 * own inspection follow.
 */
export function startOnce(services: Services): Promise<void> {
  let started = starts.get(services);
  if (!started) {
    started = import(/* webpackChunkName: "startup" */ "../../actions/startup").then(
      ({ startPane }) => void startPane(services),
      (error: unknown) => showFailure("startup", "The add-in could not finish loading", error),
    );
    starts.set(services, started);
  }
  return started;
}
