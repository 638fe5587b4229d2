/**
 * Task pane entry (as in the yo office React template): render once Office is ready, wrapped in
 * FluentProvider. Office itself is reached only through src/word: the host and theme come from
 * whenOfficeReady as plain values, and Word through the port.
 */
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
// In the start-up bundle (3.6 KB gzipped), so the inspection list is the first screen with no further request (issue 12).
import builtInCatalog from "../../assets/catalog.json";
// Not the ../word barrel: it would bring the whole adapter into the start-up bundle.
import { createLazyOfficeWordPort } from "../word/lazyPort";
import { whenOfficeReady } from "../word/officeStart";
import { prepareFirstScreen } from "./actions/firstScreen";
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

whenOfficeReady(async ({ inWord, host, theme: officeTheme }) => {
  const root = createRoot(container());
  const theme = fluentThemeFor(officeTheme, forcedColors());
  if (!inWord) {
    root.render(<UnsupportedHost theme={theme} host={host} />);
    return;
  }
  const services: Services = {
    port: createLazyOfficeWordPort(),
    now: () => new Date(),
    storage: safeStorage(),
    download: browserDownload,
    loadCatalog: () => Promise.resolve(builtInCatalog),
    scanIntervalMs: 2000,
  };
  // The first screen's data in the store before the first render, so its first frame is complete.
  await prepareFirstScreen(services);
  root.render(
    <StrictMode>
      <App services={services} theme={theme} />
    </StrictMode>,
  );
});
