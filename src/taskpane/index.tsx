/**
 * Task pane entry (as in the yo office React template): render inside Office.onReady, wrapped in
 * FluentProvider. The only file in src/taskpane that touches Office: it reads the host and theme
 * and hands plain values down; Word is reached only through the port from src/word.
 */
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { createOfficeWordPort } from "../word";
import { App, UnsupportedHost } from "./components/App";
import { browserDownload, safeStorage, type Services } from "./services";
import { fluentThemeFor, type OfficeThemeColors } from "./theme";

function officeTheme(): OfficeThemeColors | null {
  try {
    return (Office.context?.officeTheme as OfficeThemeColors | undefined) ?? null;
  } catch {
    // Some hosts throw when the theme is not available (e.g. older Word for Mac).
    return null;
  }
}

/** Windows high contrast reaches the page as forced colours, not as an Office theme. */
const forcedColors = () => typeof window.matchMedia === "function" && window.matchMedia("(forced-colors: active)").matches;

function container(): HTMLElement {
  let el = document.getElementById("container");
  if (!el) {
    el = document.createElement("div");
    el.id = "container";
    document.body.appendChild(el);
  }
  return el;
}

Office.onReady((info) => {
  const root = createRoot(container());
  const theme = fluentThemeFor(officeTheme(), forcedColors());
  if (info.host !== Office.HostType.Word) {
    root.render(<UnsupportedHost theme={theme} host={info.host ? String(info.host) : ""} />);
    return;
  }
  const services: Services = {
    port: createOfficeWordPort(),
    now: () => new Date(),
    storage: safeStorage(),
    download: browserDownload,
    loadCatalog: () => import("../../assets/catalog.json").then((m) => m.default),
    scanIntervalMs: 2000,
  };
  root.render(
    <StrictMode>
      <App services={services} theme={theme} />
    </StrictMode>,
  );
});
