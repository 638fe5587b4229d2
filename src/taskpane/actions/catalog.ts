/** Loading the catalog, searching it, choosing an inspection, and picking up the document's own. */
import type { Inspection } from "../../domain/catalog/types";
import type { Services } from "../services";
import { patch, useStore } from "../store/store";
import { showFailure, showMessage } from "./messages";
import { showTab } from "./navigation";
import { initialCoverage } from "../store/coverageSlice";
import type { CatalogState } from "../store/catalogSlice";
import { combineCatalog, readOwnInspections } from "./ownInspections";

export async function loadCatalog(services: Services): Promise<void> {
  patch("catalog", { status: "loading" });
  let parseCatalog: typeof import("../../domain/catalog/schema").parseCatalog;
  try {
    // The validator (zod) is loaded with the catalog, not at start (bundle budget, issue 5).
    ({ parseCatalog } = await import(/* webpackChunkName: "catalog-schema" */ "../../domain/catalog/schema"));
  } catch (error) {
    patch("catalog", { status: "failed" });
    showFailure("catalog", "The inspection catalog could not be loaded", error);
    return;
  }
  // The office's own inspections are listed even when the built-in catalog fails to load.
  const own = readOwnInspections(services, parseCatalog);
  // Keep an inspection the document brought in, if it arrived first.
  const fromDocument = (c: CatalogState) => c.inspections.filter((i) => c.fromDocument.includes(i.id) && !c.own.includes(i.id));
  try {
    const { inspections, problems } = parseCatalog(await services.loadCatalog());
    patch("catalog", (c) => ({
      status: "ready" as const,
      builtIn: inspections,
      own: own.map((i) => i.id),
      inspections: combineCatalog(inspections, own, fromDocument(c)),
      problems,
    }));
    if (problems.length > 0) {
      const lines = problems.map((p) => `${p.label}: ${p.message}`).join("; ");
      showMessage(
        "catalog",
        "warning",
        problems.length === 1 ? "One catalog entry could not be read and is not listed" : `${problems.length} catalog entries could not be read and are not listed`,
        `${lines}. The other inspections are available. Ask whoever maintains the catalog to correct the entry.`,
      );
    }
  } catch (error) {
    patch("catalog", (c) => ({ status: "failed" as const, own: own.map((i) => i.id), inspections: combineCatalog(c.builtIn, own, fromDocument(c)) }));
    showFailure("catalog", "The inspection catalog could not be loaded", error);
  }
}

export function setCatalogQuery(query: string): void {
  patch("catalog", { query });
}

export function selectInspection(id: string): void {
  const state = useStore.getState();
  if (!state.catalog.inspections.some((i) => i.id === id)) return;
  if (state.catalog.selectedId !== id) {
    patch("catalog", { selectedId: id });
    // A report and an insert outcome belong to one inspection.
    patch("coverage", { ...initialCoverage(), onlyUnanswered: state.coverage.onlyUnanswered });
    patch("drafting", { lastOutcome: null });
  }
  showTab("draft");
}

/**
 * Opens the inspection stored in the document, even if this user's catalog lacks it, so a reviewer
 * or a colleague with another catalog sees the same recommendations as the author.
 */
export async function adoptStoredInspection(services: Services): Promise<Inspection | null> {
  let read: Awaited<ReturnType<Services["port"]["readStoredInspection"]>>;
  try {
    read = await services.port.readStoredInspection();
  } catch (error) {
    showFailure("stored-inspection", "Could not read which inspection this document answers", error);
    return null;
  }
  if (!read.inspection) {
    // Found but not usable: say why, so the user knows to choose the inspection by hand.
    if (read.problem) showMessage("stored-inspection", "warning", "The inspection recorded in this document could not be used", `${read.problem} Choose the inspection on the Inspections tab.`);
    return null;
  }
  const found = read.inspection;
  patch("catalog", (c) => {
    const known = c.inspections.some((i) => i.id === found.id);
    return {
      inspections: known ? c.inspections : [...c.inspections, found],
      fromDocument: known ? c.fromDocument : [...c.fromDocument, found.id],
    };
  });
  selectInspection(found.id);
  showMessage("stored-inspection", "info", `This document answers “${found.shortTitle}”`, "It has been selected for you.");
  return found;
}
