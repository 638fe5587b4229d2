import type { StateCreator } from "zustand";
import type { SourceCopy, SourceKind, SourcesSettings } from "../../domain/sources";
import type { Store } from "./store";

/** One of the office's sources as the pane sees it. */
export interface SourceState {
  /** The copy in use (kept per user), without its content. */
  copy: Omit<SourceCopy, "content"> | null;
  /** How many inspections or wording entries the copy in use holds. */
  count: number;
  /** Entries of the copy left out because they are not valid ("label: why"). */
  skipped: string[];
  refreshing: boolean;
  /** The last refresh failed: when, and why in plain words (the copy in use stays). */
  problem: { at: string; reason: string } | null;
}

export interface SourcesState {
  /** The saved addresses and kept copies have been read. */
  loaded: boolean;
  saved: SourcesSettings | null;
  /** What the form shows (kept when a save fails). */
  draft: SourcesSettings | null;
  errors: Partial<Record<keyof SourcesSettings, string>>;
  catalog: SourceState;
  wording: SourceState;
}

export interface SourcesSlice {
  sources: SourcesState;
}

export const initialSource = (): SourceState => ({ copy: null, count: 0, skipped: [], refreshing: false, problem: null });

export const initialSources = (): SourcesState => ({
  loaded: false,
  saved: null,
  draft: null,
  errors: {},
  catalog: initialSource(),
  wording: initialSource(),
});

export type { SourceKind };

export const createSourcesSlice: StateCreator<Store, [], [], SourcesSlice> = () => ({ sources: initialSources() });
