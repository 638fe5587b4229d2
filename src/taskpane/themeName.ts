/**
 * Which of the pane's themes matches Office's (light, dark or high contrast), without the Fluent
 * themes themselves: the start-up bundle decides with this and holds only the light theme; the
 * others are fetched when chosen (themeLoad.ts).
 */
import type { OfficeThemeColors } from "../word/officeStart";

export type { OfficeThemeColors };

export type ThemeName = "light" | "dark" | "highContrast";

/** "#1f1f1f" / "#fff" / "1f1f1f" -> [r, g, b] in 0..255, or null. */
function parseColour(colour: string | undefined): [number, number, number] | null {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec((colour ?? "").trim());
  if (!m) return null;
  const hex = m[1].length === 3 ? [...m[1]].map((c) => c + c).join("") : m[1];
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

/** WCAG relative luminance, 0 (black) .. 1 (white). */
function luminance([r, g, b]: [number, number, number]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/**
 * High contrast when the system forces colours (Windows high-contrast modes, which Office's own
 * themes do not report); otherwise dark or light as Office says, or from the pane background's
 * luminance on hosts that do not say.
 */
export function themeNameFor(office: OfficeThemeColors | null | undefined, forcedColors = false): ThemeName {
  if (forcedColors) return "highContrast";
  if (!office) return "light";
  if (typeof office.isDarkTheme === "boolean") return office.isDarkTheme ? "dark" : "light";
  const bg = parseColour(office.bodyBackgroundColor);
  return bg && luminance(bg) < 0.2 ? "dark" : "light";
}
