/** What happens when the pane opens: settings, styles, catalog, then the document's own inspection. */
import type { Services } from "../services";
import { adoptStoredInspection, loadCatalog } from "./catalog";
import { refreshCoverage } from "./coverage";
import { loadStyles } from "./drafting";
import { loadSettings } from "./settings";

export async function startPane(services: Services): Promise<void> {
  loadSettings(services);
  loadStyles(services);
  await loadCatalog(services);
  const stored = await adoptStoredInspection(services);
  if (stored) await refreshCoverage(services);
}
