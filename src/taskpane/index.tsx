/**
 * Task pane entry (as in the yo office React template): render once Office is ready, wrapped in
 * FluentProvider. Office itself is reached only through src/word: the host and theme come from
 * whenOfficeReady as plain values, and Word through the port.
 */
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { createOfficeWordPort, whenOfficeReady } from "../word";
import { App, UnsupportedHost } from "./components/App";
import { browserDownload, safeStorage, type Services } from "./services";
import { fluentThemeFor } from "./theme";

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

whenOfficeReady(({ inWord, host, theme: officeTheme }) => {
  const root = createRoot(container());
  const theme = fluentThemeFor(officeTheme, forcedColors());
  if (!inWord) {
    root.render(<UnsupportedHost theme={theme} host={host} />);
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
