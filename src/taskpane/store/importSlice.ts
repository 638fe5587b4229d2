import type { StateCreator } from "zustand";
import type { Inspection } from "../../domain/catalog/types";
import type { DraftProblem, InspectionDraft } from "../../domain/import/draft";
import type { Store } from "./store";

export type ImportSource = "text" | "json" | "pdf";

/** Adding (or editing) one of the office's own inspections: kept in the store so nothing typed is lost on a tab switch. */
export interface ImportState {
  open: boolean;
  source: ImportSource;
  /** The pasted text, kept after reading so the user can go back and paste more. */
  text: string;
  /** What is being read ("Reading page 3 of 40…"); null when idle. */
  reading: string | null;
  /** Why the source gave nothing (too large, not JSON, no recommendations found…). */
  sourceError: string | null;
  /** The inspection being checked; null until something was read. */
  draft: InspectionDraft | null;
  /** What the reader could not be sure of (the parser's warnings, skipped JSON entries). */
  warnings: string[];
  problems: DraftProblem[];
  /** Saving an own inspection again under its id replaces it without asking. */
  editingId: string | null;
  /** Further inspections from the same JSON file, checked one after another. */
  queue: Inspection[];
  /** Asked before saving over an inspection with the same id. */
  clash: { id: string; title: string; builtIn: boolean } | null;
  /** Why the last save failed (storage refused), shown in the preview. */
  saveError: string | null;
  /** The review the user left with "Back to the source", corrections and all, until they return to it or read the source again. */
  shelved: { draft: InspectionDraft; warnings: string[]; queue: Inspection[] } | null;
}

export interface ImportSlice {
  importing: ImportState;
}

export const initialImport = (): ImportState => ({
  open: false,
  source: "text",
  text: "",
  reading: null,
  sourceError: null,
  draft: null,
  warnings: [],
  problems: [],
  editingId: null,
  queue: [],
  clash: null,
  saveError: null,
  shelved: null,
});

export const createImportSlice: StateCreator<Store, [], [], ImportSlice> = () => ({ importing: initialImport() });
