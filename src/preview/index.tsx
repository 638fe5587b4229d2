// The browser preview (npm start): a Word-like document on the left and the real task pane on the
// right. The page owns the one emulator host; taskpane.html (in the iframe) connects to it through
// window[PREVIEW_HOST_KEY] (see taskpaneHost.ts), so whatever the pane inserts shows in the document.
import { createRoot } from "react-dom/client";
import { createPreviewHost, PREVIEW_HOST_KEY } from "./emulator/previewBridge";
import { applySettings, PreviewApp, settingsFromQuery } from "./page/PreviewApp";
import css from "./page/preview.css";
import { BLANK_DOCUMENT, CONTROLS_DOCUMENT, SAMPLE_DOCUMENT } from "./page/sample";
import { installTestHook } from "./testHook";

const style = document.createElement("style");
style.textContent = css;
document.head.appendChild(style);

const initial = settingsFromQuery(window.location.search);
// ?doc=sample opens the sample letter instead of a blank document; ?doc=controls one with content controls of ours and someone else's.
const doc = new URLSearchParams(window.location.search).get("doc");
const host = createPreviewHost(window, doc === "sample" ? SAMPLE_DOCUMENT : doc === "controls" ? CONTROLS_DOCUMENT : BLANK_DOCUMENT);
applySettings(host, initial);
// ?latency=2000 plays a slow Word: every round trip takes that long (milliseconds).
const latency = Number(new URLSearchParams(window.location.search).get("latency"));
if (Number.isFinite(latency) && latency > 0) host.word.configure({ latencyMs: latency });
// window.__irdHost: fault injection for the browser tests (testHook.ts); the pane's code never uses it.
installTestHook(window, host);
// Before the iframe exists: the pane's first script looks for it.
(window as unknown as Record<string, unknown>)[PREVIEW_HOST_KEY] = host;

const root = document.getElementById("root");
if (root) createRoot(root).render(<PreviewApp host={host} initial={initial} />);
