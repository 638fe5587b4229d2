import type { StateCreator } from "zustand";
import type { CoverageReport } from "../../domain/coverage/types";
import type { Store } from "./store";

export interface CoverageState {
  report: CoverageReport | null;
  scanning: boolean;
  onlyUnanswered: boolean;
  highlight: boolean;
  /** Set while a table is being added or a CSV prepared. */
  exporting: boolean;
  /** When the last scan finished (ms since epoch), for "checked at". */
  scannedAt: number | null;
  /** The user cancelled a check: no automatic checks until they check again. */
  autoCheckPaused: boolean;
}

export interface CoverageSlice {
  coverage: CoverageState;
}

export const initialCoverage = (): CoverageState => ({
  report: null,
  scanning: false,
  onlyUnanswered: false,
  highlight: false,
  exporting: false,
  scannedAt: null,
  autoCheckPaused: false,
});

export const createCoverageSlice: StateCreator<Store, [], [], CoverageSlice> = () => ({ coverage: initialCoverage() });
