/** Loading the catalog, searching it, choosing an inspection, and picking up the document's own. */
import { previewCatalog } from "../../domain/catalog/preview";
import type { Inspection } from "../../domain/catalog/types";
import type { Services } from "../services";
import { patch, useStore } from "../store/store";
import { showFailure, showMessage } from "./messages";
import { showTab } from "./navigation";
import { initialCoverage } from "../store/coverageSlice";
import type { CatalogState } from "../store/catalogSlice";
import { OWN_INSPECTIONS_KEY, combineCatalog, readOwnInspections } from "./ownInspections";

/** The built-in catalog as first loaded, kept until it is validated (once per set of services). */
const firstLoads = new WeakMap<Services, { raw: Promise<unknown>; listed: Promise<void>; validated: boolean }>();

/**
 * The first screen's inspection list, before any validation (issue 12): the built-in catalog and
 * the office's own inspections, listed as their JSON comes wherever the shape is right. Needs no
 * code beyond the start-up bundle. Resolves once the list is in the store (at once for a catalog
 * already in memory). loadCatalog, after the first paint, validates this same load and replaces it.
 */
export function showCatalogPreview(services: Services): Promise<void> {
  const known = firstLoads.get(services);
  if (known) return known.listed;
  const raw = services.loadCatalog();
  patch("catalog", { status: "loading" });
  const listed = raw.then(
    (json) => {
      const builtIn = previewCatalog(json);
      const own = previewOwn(services);
      patch("catalog", (c) => (c.status !== "loading" ? {} : { status: "checking" as const, builtIn, own: own.map((i) => i.id), inspections: combineCatalog(builtIn, own, fromDocument(c), c.organisation) }));
    },
    () => undefined, // loadCatalog reports it
  );
  firstLoads.set(services, { raw, listed, validated: false });
  return listed;
}

function previewOwn(services: Services): Inspection[] {
  try {
    return previewCatalog(JSON.parse(services.storage.getItem(OWN_INSPECTIONS_KEY) ?? "[]"));
  } catch {
    return []; // loadCatalog reports it
  }
}

// Keep an inspection the document brought in, if it arrived first.
const fromDocument = (c: CatalogState) => c.inspections.filter((i) => c.fromDocument.includes(i.id) && !c.own.includes(i.id));

/** Loads and validates the catalog: the load the first screen listed, then (trying again) a new one. */
export async function loadCatalog(services: Services): Promise<void> {
  const first = firstLoads.get(services);
  const load = first && !first.validated ? first.raw : services.loadCatalog();
  if (first) first.validated = true;
  load.catch(() => undefined); // awaited below, after the validator has loaded
  // A list shown unvalidated stays while it is checked; if the check fails it goes.
  const previewed = useStore.getState().catalog.status === "checking";
  if (!previewed) patch("catalog", { status: "loading" });
  let parseCatalog: typeof import("../../domain/catalog/schema").parseCatalog;
  try {
    // The validator (zod) is loaded with the catalog, not at start (bundle budget, issue 5).
    ({ parseCatalog } = await import(/* webpackChunkName: "catalog-schema" */ "../../domain/catalog/schema"));
  } catch (error) {
    patch("catalog", (c): Partial<CatalogState> => (previewed ? { status: "failed", builtIn: [], own: [], inspections: fromDocument(c) } : { status: "failed" }));
    showFailure("catalog", "The inspection catalog could not be loaded", error);
    return;
  }
  // The office's own inspections are listed even when the built-in catalog fails to load.
  const own = readOwnInspections(services, parseCatalog);
  try {
    const { inspections, problems } = parseCatalog(await load);
    patch("catalog", (c) => ({
      status: "ready" as const,
      builtIn: inspections,
      own: own.map((i) => i.id),
      inspections: combineCatalog(inspections, own, fromDocument(c), c.organisation),
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
    patch("catalog", (c) => {
      const builtIn = previewed ? [] : c.builtIn;
      return { status: "failed" as const, builtIn, own: own.map((i) => i.id), inspections: combineCatalog(builtIn, own, fromDocument(c), c.organisation) };
    });
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
