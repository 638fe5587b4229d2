/**
 * The Fluent theme for the first render (issue 12). The light theme, Office's default, is in the
 * start-up bundle; the dark and high-contrast themes (about 47 KB of token tables together) are
 * fetched only when Office asks for one of them, so the light pane parses neither.
 */
import { webLightTheme, type Theme } from "@fluentui/react-components";
import { themeNameFor, type OfficeThemeColors } from "./themeName";

export function loadFluentTheme(office: OfficeThemeColors | null | undefined, forcedColors: boolean): Theme | Promise<Theme> {
  const name = themeNameFor(office, forcedColors);
  if (name === "light") return webLightTheme;
  return import(/* webpackChunkName: "themes" */ "./theme").then(
    ({ THEMES }) => THEMES[name],
    // The themes could not be fetched: the pane still opens, in the light theme (forced colours
    // still apply in high contrast, as the system paints them).
    () => webLightTheme,
  );
}
