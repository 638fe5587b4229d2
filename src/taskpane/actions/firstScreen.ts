/**
 * What the pane does before its first screen (issue 12): only what the start-up bundle can do by
 * itself, so the first screen needs no further request. The checks it leaves out (settings, house
 * styles, the catalog's validation) run after the first paint (startup.ts).
 */
import type { Services } from "../services";
import { patch } from "../store/store";
import { welcomeSeen } from "./welcome";

/**
 * Chooses the welcome or the inspection list and, for the list, puts its inspections in the store.
 * Resolves when the first screen has what it shows: at once for the welcome, which needs no list
 * (the catalog is loaded after its first paint); for the list, once the inspections are in, so its
 * first frame has them rather than a progress spinner. The list's code and the built-in catalog come
 * with the returning user's first screen ("first-screen-tabs", fetched with the page), so a new user
 * never runs them before the welcome. Safe to call again with the same services.
 */
export function prepareFirstScreen(services: Services): Promise<void> {
  const returning = welcomeSeen(services);
  patch("settings", { welcomeDone: returning });
  if (!returning) return Promise.resolve();
  return import(/* webpackChunkName: "first-screen-tabs" */ "./catalog").then(
    ({ showCatalogPreview }) => showCatalogPreview(services),
    () => undefined, // the list then says it is loading, and the catalog's load after the first paint reports why
  );
}
