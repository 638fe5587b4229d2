import { patch } from "../store/store";
import type { PaneTab } from "../store/uiSlice";

export function showTab(tab: PaneTab): void {
  patch("ui", { tab });
}
