/**
 * Choosing the house style, on its own so that the settings actions can select the office's
 * default without importing the drafting actions (and through them the domain code) — issue 5.
 */
import { patch } from "../store/store";

export function chooseStyle(styleId: string): void {
  patch("drafting", { styleId });
}
