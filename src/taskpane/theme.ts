/**
 * Chooses the Fluent theme that matches Office's. src/word reads Office's theme colours at start
 * and the entry passes the plain object in; nothing here touches Office, so it is tested with plain data.
 */
import { teamsHighContrastTheme, webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

import { themeNameFor, type OfficeThemeColors, type ThemeName } from "./themeName";

export { themeNameFor };
export type { OfficeThemeColors, ThemeName };

export const THEMES: Record<ThemeName, Theme> = {
  light: webLightTheme,
  dark: webDarkTheme,
  highContrast: teamsHighContrastTheme,
};

export function fluentThemeFor(office: OfficeThemeColors | null | undefined, forcedColors = false): Theme {
  return THEMES[themeNameFor(office, forcedColors)];
}
