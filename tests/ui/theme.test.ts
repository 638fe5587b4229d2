import { teamsHighContrastTheme, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { fluentThemeFor, themeNameFor } from "../../src/taskpane/theme";

describe("following Office's theme", () => {
  it("picks the dark theme for a dark pane background", () => {
    expect(fluentThemeFor({ bodyBackgroundColor: "#262626", bodyForegroundColor: "#FFFFFF" })).toBe(webDarkTheme);
    expect(themeNameFor({ bodyBackgroundColor: "#444" })).toBe("dark");
  });

  it("picks the light theme for Office's white and colourful themes", () => {
    expect(fluentThemeFor({ bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "#000000" })).toBe(webLightTheme);
    expect(themeNameFor({ bodyBackgroundColor: "#E6E6E6" })).toBe("light");
  });

  it("believes the host when it says whether the theme is dark", () => {
    expect(themeNameFor({ bodyBackgroundColor: "#FFFFFF", isDarkTheme: true })).toBe("dark");
    expect(themeNameFor({ bodyBackgroundColor: "#000000", isDarkTheme: false })).toBe("light");
  });

  it("uses high contrast when the system forces colours", () => {
    expect(fluentThemeFor({ bodyBackgroundColor: "#FFFFFF" }, true)).toBe(teamsHighContrastTheme);
  });

  it("falls back to light when the host gives no theme or an unreadable colour", () => {
    expect(themeNameFor(null)).toBe("light");
    expect(themeNameFor({ bodyBackgroundColor: "rgb(0,0,0)" })).toBe("light");
  });
});
