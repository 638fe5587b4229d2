/**
 * Task pane entry (as in the yo office React template): render once Office is ready, wrapped in
 * FluentProvider. Office itself is reached only through src/word: the host and theme come from
 * whenOfficeReady as plain values, and Word through the port.
 */
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
// Not the ../word barrel: it would bring the whole adapter into the start-up bundle.
import { createLazyOfficeWordPort } from "../word/lazyPort";
import { whenOfficeReady } from "../word/officeStart";
import { prepareFirstScreen } from "./actions/firstScreen";
// Not the ./components/App barrel: it would bring UnsupportedHost (and Fluent's MessageBar) along.
import { App } from "./components/App/App";
import { TabbedScreens } from "./components/App/screens";
import { browserDownload, safeStorage, type Services } from "./services";
import { useStore } from "./store/store";
import { loadFluentTheme } from "./themeLoad";

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
  // Light: at once, from this bundle; dark or high contrast: one small request (themeLoad.ts).
  const theme = await loadFluentTheme(officeTheme, forcedColors());
  if (!inWord) {
    // Only outside Word: fetched then, not in the start-up bundle.
    const loaded = await import(/* webpackChunkName: "unsupported-host" */ "./components/App/UnsupportedHost").catch(() => null);
    root.render(loaded ? <loaded.UnsupportedHost theme={theme} host={host} /> : <p role="alert">This add-in runs in Word. Open a document in Word and start Inspection Response Drafter from the Home tab.</p>);
    return;
  }
  const services: Services = {
    port: createLazyOfficeWordPort(),
    now: () => new Date(),
    storage: safeStorage(),
    download: browserDownload,
    // With the returning user's first screen (its chunk is fetched with the page): the welcome does not parse it.
    loadCatalog: () => import(/* webpackChunkName: "first-screen-tabs" */ "../../assets/catalog.json").then((m) => m.default),
    scanIntervalMs: 2000,
  };
  // The first screen's data in the store before the first render, so its first frame is complete.
  // A returning user's screen (tab bar, inspection list) is its own chunk, which the page fetched with
  // the bundles: evaluated only for that user, so the welcome does not run its code (issue 12).
  const prepared = prepareFirstScreen(services);
  await Promise.all([prepared, useStore.getState().settings.welcomeDone ? TabbedScreens.preload() : null]);
  root.render(
    <StrictMode>
      <App services={services} theme={theme} />
    </StrictMode>,
  );
});
