import type { StateCreator } from "zustand";
import type { CatalogProblem, Inspection } from "../../domain/catalog/types";
import type { Store } from "./store";

export interface CatalogState {
  /** checking: listed from the catalog's JSON as it came (the first screen), being validated. */
  status: "idle" | "loading" | "checking" | "ready" | "failed";
  inspections: Inspection[];
  problems: CatalogProblem[];
  /** Ids of inspections that came from the open document rather than the catalog. */
  fromDocument: string[];
  /** The built-in catalog as loaded; an own inspection with the same id hides its entry in `inspections`. */
  builtIn: Inspection[];
  /** Ids of the office's own inspections (added by import, stored for this user). */
  own: string[];
  /** The organisation catalog's inspections (copy in use, from its URL): each hides a built-in one with its id. */
  organisation: Inspection[];
  query: string;
  selectedId: string | null;
}

export interface CatalogSlice {
  catalog: CatalogState;
}

export const initialCatalog = (): CatalogState => ({
  status: "idle",
  inspections: [],
  problems: [],
  fromDocument: [],
  builtIn: [],
  own: [],
  organisation: [],
  query: "",
  selectedId: null,
});

export const createCatalogSlice: StateCreator<Store, [], [], CatalogSlice> = () => ({ catalog: initialCatalog() });
