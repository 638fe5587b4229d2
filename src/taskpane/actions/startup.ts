/** What happens when the pane opens: settings, styles, catalog, then the document's own inspection. */
import type { Services } from "../services";
import { adoptStoredInspection, loadCatalog } from "./catalog";
import { refreshCoverage } from "./coverage";
import { loadStyles } from "./drafting";
import { showFailure } from "./messages";
import { loadSettings } from "./settings";

/**
 * The kept copies of the organisation catalog and the office's wording library go into use before
 * the document's own inspection is looked for; their refresh from the network runs on its own.
 */
async function startSources(services: Services, module: Promise<typeof import("./sources")>): Promise<void> {
  try {
    const { loadSources, refreshSources } = await module;
    loadSources(services);
    void refreshSources(services);
  } catch (error) {
    showFailure("sources", "Your office's catalog and wording library could not be loaded", error);
  }
}

export async function startPane(services: Services): Promise<void> {
  loadSettings(services);
  loadStyles(services);
  // The office's sources (Settings › Sources): their code is fetched while the catalog is checked.
  const sources = import(/* webpackChunkName: "sources" */ "./sources");
  await loadCatalog(services);
  await startSources(services, sources);
  const stored = await adoptStoredInspection(services);
  if (stored) await refreshCoverage(services);
}
