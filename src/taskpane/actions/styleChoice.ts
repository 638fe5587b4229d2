/**
 * Choosing the house style, on its own so that the settings actions can select the office's
 * default without importing the drafting actions (and through them the domain code) — issue 5.
 */
import { patch } from "../store/store";

/** The user's own choice: it stays until they choose again (saving settings does not undo it). */
export function chooseStyle(styleId: string): void {
  patch("drafting", { styleId, styleChosen: true });
}

/**
 * The office's default style, newly changed in Settings: selected only when the user has not
 * chosen a style themselves this session (saving settings must not undo their choice, issue 13).
 */
export function applyDefaultStyle(styleId: string): void {
  patch("drafting", (d) => (d.styleChosen || !d.styles.some((e) => e.style.id === styleId) ? {} : { styleId }));
}
