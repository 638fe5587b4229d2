import type { StateCreator } from "zustand";
import type { HostPlatform, SelfCheckResult } from "../../word/port";
import type { Store } from "./store";

/** "Check this copy of Word" (Help): what Word answered, with the facts the report gives. */
export interface SelfCheckReport {
  result: SelfCheckResult;
  /** Styles the check did not reach (it stops when a removal leaves something behind). */
  notChecked: string[];
  /** The Word the check ran in: its highest WordApi set and platform. */
  wordApi: string;
  platform: HostPlatform;
  /** ISO time the check finished. */
  checkedAt: string;
}

export interface SelfCheckState {
  running: boolean;
  /** The last finished check, or null (never run, or refused before anything was touched). */
  report: SelfCheckReport | null;
}

export interface SelfCheckSlice {
  selfCheck: SelfCheckState;
}

export const initialSelfCheck = (): SelfCheckState => ({ running: false, report: null });

export const createSelfCheckSlice: StateCreator<Store, [], [], SelfCheckSlice> = () => ({ selfCheck: initialSelfCheck() });
