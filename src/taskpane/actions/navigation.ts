import { patch, useStore } from "../store/store";
import { clearOutcomes } from "./messages";
import type { PaneTab } from "../store/uiSlice";

export function showTab(tab: PaneTab): void {
  patch("ui", { tab });
}

/** The user chose another tab: earlier actions' messages go with the screen they were about. */
export function moveToTab(tab: PaneTab): void {
  if (useStore.getState().ui.tab !== tab) clearOutcomes();
  showTab(tab);
}
