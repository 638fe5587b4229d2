/**
 * One zustand store made of slices (pmndrs slices pattern). The state is plain data; the actions
 * that change it live at module level in ../actions, so Office event handlers can call them
 * without a hook, and tests reset everything with resetStore().
 */
import { create } from "zustand";
import { createCatalogSlice, initialCatalog, type CatalogSlice } from "./catalogSlice";
import { createCoverageSlice, initialCoverage, type CoverageSlice } from "./coverageSlice";
import { createDraftingSlice, initialDrafting, type DraftingSlice } from "./draftingSlice";
import { createImportSlice, initialImport, type ImportSlice } from "./importSlice";
import { createSelfCheckSlice, initialSelfCheck, type SelfCheckSlice } from "./selfCheckSlice";
import { createSettingsSlice, initialSettings, type SettingsSlice } from "./settingsSlice";
import { createSourcesSlice, initialSources, type SourcesSlice } from "./sourcesSlice";
import { createUiSlice, initialUi, type UiSlice } from "./uiSlice";
import { createWordingSlice, initialWording, type WordingSlice } from "./wordingSlice";

export type Store = CatalogSlice & DraftingSlice & CoverageSlice & SettingsSlice & UiSlice & SelfCheckSlice & ImportSlice & WordingSlice & SourcesSlice;

export const useStore = create<Store>()((...a) => ({
  ...createCatalogSlice(...a),
  ...createDraftingSlice(...a),
  ...createCoverageSlice(...a),
  ...createSettingsSlice(...a),
  ...createUiSlice(...a),
  ...createSelfCheckSlice(...a),
  ...createImportSlice(...a),
  ...createWordingSlice(...a),
  ...createSourcesSlice(...a),
}));

export function initialState(): Store {
  return {
    catalog: initialCatalog(),
    drafting: initialDrafting(),
    coverage: initialCoverage(),
    settings: initialSettings(),
    ui: initialUi(),
    selfCheck: initialSelfCheck(),
    importing: initialImport(),
    wording: initialWording(),
    sources: initialSources(),
  };
}

/** Back to a fresh pane (tests call this between cases). */
export function resetStore(): void {
  useStore.setState(initialState(), true);
}

/** Updates one slice with a partial of its state. */
export function patch<K extends keyof Store>(key: K, change: Partial<Store[K]> | ((s: Store[K]) => Partial<Store[K]>)): void {
  useStore.setState((state) => {
    const current = state[key];
    const delta = typeof change === "function" ? change(current) : change;
    return { [key]: { ...current, ...delta } } as Pick<Store, K>;
  });
}
