/**
 * The office's own inspections (added on the Inspections tab): stored per user beside the settings,
 * listed with the built-in catalog, exported and deleted. An own inspection with a built-in one's
 * id takes its place in the list while it exists (and so does one from the organisation catalog:
 * the office's own copy comes first, then the organisation's, then ours).
 */
import type { CatalogLoad, Inspection } from "../../domain/catalog/types";
import type { Services } from "../services";
import type { CatalogState } from "../store/catalogSlice";
import { initialImport } from "../store/importSlice";
import { patch, useStore } from "../store/store";
import { showMessage } from "./messages";

export const OWN_INSPECTIONS_KEY = "ird.inspections.v1";

/**
 * The built-in entries, the organisation catalog's in place of any with the same id, own ones in
 * place of either, then the document's own.
 */
export function combineCatalog(builtIn: Inspection[], own: Inspection[], fromDocument: Inspection[], organisation: Inspection[] = []): Inspection[] {
  const orgIds = new Set(organisation.map((i) => i.id));
  const shared = [...builtIn.filter((i) => !orgIds.has(i.id)), ...organisation];
  const ownIds = new Set(own.map((i) => i.id));
  const listed = [...shared.filter((i) => !ownIds.has(i.id)), ...own];
  return [...listed, ...fromDocument.filter((d) => !listed.some((i) => i.id === d.id))];
}

export const ownInspections = (c: CatalogState): Inspection[] => c.inspections.filter((i) => c.own.includes(i.id));

/** Reads the stored own inspections; a broken store is reported and what can be read is kept. */
export function readOwnInspections(services: Services, parseCatalog: (raw: unknown) => CatalogLoad): Inspection[] {
  const text = services.storage.getItem(OWN_INSPECTIONS_KEY);
  if (!text) return [];
  let load: CatalogLoad;
  try {
    load = parseCatalog(JSON.parse(text));
  } catch {
    load = { inspections: [], problems: [{ index: -1, label: "your inspections", message: "are not readable" }] };
  }
  if (load.problems.length) {
    showMessage(
      "own-inspections",
      "warning",
      "Some of your office's inspections could not be read",
      `${load.problems.map((p) => `${p.label}: ${p.message}`).join("; ")}. The others are listed. Add the missing ones again from their report or JSON file.`,
    );
  }
  return load.inspections;
}

function writeOwn(services: Services, list: Inspection[]): void {
  if (list.length === 0) services.storage.removeItem(OWN_INSPECTIONS_KEY);
  else services.storage.setItem(OWN_INSPECTIONS_KEY, JSON.stringify({ schemaVersion: 1, inspections: list }));
}

const documentOnes = (c: CatalogState) => c.inspections.filter((i) => c.fromDocument.includes(i.id) && !c.own.includes(i.id));

/**
 * Stores the inspection as the office's own (replacing `replacing`, the id it had before an edit,
 * and any with its id). Throws when the browser refuses to store it; the store is then unchanged.
 */
export function storeOwnInspection(services: Services, inspection: Inspection, replacing: string | null): void {
  const c = useStore.getState().catalog;
  const others = ownInspections(c).filter((i) => i.id !== inspection.id && i.id !== replacing);
  const own = [...others, inspection];
  writeOwn(services, own);
  const docs = documentOnes(c).filter((i) => i.id !== inspection.id);
  const selectedGone = replacing !== null && replacing !== inspection.id && c.selectedId === replacing;
  patch("catalog", {
    own: own.map((i) => i.id),
    fromDocument: c.fromDocument.filter((id) => id !== inspection.id),
    inspections: combineCatalog(c.builtIn, own, docs, c.organisation),
    selectedId: selectedGone ? inspection.id : c.selectedId,
  });
}

export function deleteOwnInspection(services: Services, id: string): void {
  const c = useStore.getState().catalog;
  const own = ownInspections(c).filter((i) => i.id !== id);
  const gone = ownInspections(c).find((i) => i.id === id);
  try {
    writeOwn(services, own);
  } catch (error) {
    showMessage("own-inspections", "error", "The inspection could not be deleted", `This browser refused to change what it stores (${error instanceof Error ? error.message : String(error)}).`);
    return;
  }
  const inspections = combineCatalog(c.builtIn, own, documentOnes(c), c.organisation);
  patch("catalog", {
    own: own.map((i) => i.id),
    inspections,
    // Still listed (the built-in entry it hid) keeps the choice; otherwise nothing is chosen.
    selectedId: c.selectedId === id && !inspections.some((i) => i.id === id) ? null : c.selectedId,
  });
  showMessage("own-inspections", "success", `“${gone?.shortTitle ?? id}” deleted`, "Documents already drafted from it keep their own copy.");
}

/** Offers the inspection as a catalog file with one entry, which Add inspection › JSON file reads back. */
export function exportOwnInspection(services: Services, id: string): void {
  const inspection = useStore.getState().catalog.inspections.find((i) => i.id === id);
  if (!inspection) return;
  const text = `${JSON.stringify({ schemaVersion: 1, inspections: [inspection] }, null, 2)}\n`;
  services.download(`${id}.json`, new Blob([text], { type: "application/json" }));
}

let leftImport = false;

/** Opens Add inspection in place of the list (the import screen itself is loaded then). */
export function openImport(): void {
  leftImport = false;
  patch("importing", { open: true });
}

/** Closes Add inspection: `reset` forgets the text and draft (saved or discarded), else they wait for the user's return. */
export function leaveImportScreen(reset: boolean): void {
  leftImport = true;
  patch("importing", reset ? initialImport() : { open: false, reading: null, clash: null });
}

/** True once after Add inspection closed: the list then takes keyboard focus back. */
export function cameBackFromImport(): boolean {
  const was = leftImport;
  leftImport = false;
  return was;
}

/** Edit: reopens the check-before-saving view for one of the office's own inspections. */
export async function editOwnInspection(id: string): Promise<void> {
  const { startEditing } = await import(/* webpackChunkName: "screen-import" */ "./importInspection");
  startEditing(id);
}
