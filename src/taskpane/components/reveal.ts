/**
 * Brings a message that has just appeared into view: in a narrow pane it can sit below the fold
 * (an error under the buttons) or above it (a banner at the top after a long form). jsdom, and
 * any old host without it, has no scrollIntoView: nothing moves there.
 */
import { useEffect, type RefObject } from "react";

/** Scrolls `el` the least needed to show it whole (nothing moves when it is already in view). */
export function reveal(el: Element | null): void {
  if (el && typeof el.scrollIntoView === "function") el.scrollIntoView({ block: "nearest" });
}

/** Whether the user is typing in a field, where moving focus would take their keystrokes away. */
export function typingInField(doc: Document = document): boolean {
  const active = doc.activeElement;
  if (!(active instanceof HTMLElement)) return false;
  if (active.isContentEditable || active instanceof HTMLTextAreaElement || active instanceof HTMLSelectElement) return true;
  return active instanceof HTMLInputElement && !["button", "submit", "reset", "checkbox", "radio", "file", "image", "range", "color"].includes(active.type);
}

/**
 * Each time `key` changes to a new value (a new message), shows the element in `ref`; with
 * `focus`, also moves focus to it (it needs tabIndex -1) so a screen reader reads on from there,
 * unless the user is typing in a field.
 */
export function useRevealOnChange(ref: RefObject<HTMLElement | null>, key: unknown, options: { focus?: boolean } = {}): void {
  const { focus = false } = options;
  useEffect(() => {
    if (key === null || key === undefined || key === false) return;
    const el = ref.current;
    if (!el) return;
    if (focus && !typingInField(el.ownerDocument)) el.focus({ preventScroll: true });
    reveal(el);
  }, [ref, key, focus]);
}
