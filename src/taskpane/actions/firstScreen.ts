/**
 * What the pane does before its first screen (issue 12): only what the start-up bundle can do by
 * itself, so the first screen needs no further request. The checks it leaves out (settings, house
 * styles, the catalog's validation) run after the first paint (startup.ts).
 */
import type { Services } from "../services";
import { patch } from "../store/store";
import { showCatalogPreview } from "./catalog";
import { welcomeSeen } from "./welcome";

/**
 * Chooses the welcome or the inspection list, and lists the inspections as their JSON comes.
 * Resolves when the list is in the store: the entry waits for it (a microtask for the bundled
 * catalog) before rendering, so the first frame has the list rather than a progress spinner.
 * Safe to call again with the same services.
 */
export function prepareFirstScreen(services: Services): Promise<void> {
  patch("settings", { welcomeDone: welcomeSeen(services) });
  return showCatalogPreview(services);
}
