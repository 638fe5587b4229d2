import type { StateCreator } from "zustand";
import type { PublishCheck } from "../../domain/coverage/publish";
import type { CoverageReport } from "../../domain/coverage/types";
import type { Store } from "./store";

export interface CoverageState {
  report: CoverageReport | null;
  scanning: boolean;
  /** "Show only what needs attention": rows not done (needing attention or missing); the name predates the rule. */
  onlyUnanswered: boolean;
  highlight: boolean;
  /** Set while a table is being added or a CSV prepared. */
  exporting: boolean;
  /** When the last scan finished (ms since epoch), for "checked at". */
  scannedAt: number | null;
  /** The user cancelled a check: no automatic checks until they check again. */
  autoCheckPaused: boolean;
  /**
   * The last "Ready to publish?" result, for the inspection it was run for, and the check
   * (`scannedAt`) it came with: while the list is shown, every coverage check recomputes it.
   */
  publish: { inspectionId: string; check: PublishCheck; scannedAt: number } | null;
  /** Set while "Ready to publish?" reads the document. */
  checkingPublish: boolean;
  /** The last check found this inspection's coverage table in the document: the button updates it. */
  tableInDocument: boolean;
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
  publish: null,
  checkingPublish: false,
  tableInDocument: false,
});

export const createCoverageSlice: StateCreator<Store, [], [], CoverageSlice> = () => ({ coverage: initialCoverage() });
