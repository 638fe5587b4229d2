/**
 * The preview page: Word's document on the left, the real task pane on the right (taskpane.html in
 * an iframe, working on this page's document through the emulator host), the ribbon on top.
 */
import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import type { PreviewHost } from "../emulator/previewBridge";
import { DocumentView } from "./DocumentView";
import { installFocusCycle } from "./focusCycle";
import { API_LEVELS, PANE_WIDTHS, Ribbon, type ApiLevel, type PreviewSettings } from "./Ribbon";
import { profileByName } from "../emulator/profiles";
import { BLANK_DOCUMENT, SAMPLE_DOCUMENT } from "./sample";

/** Plays the chosen Word on the host: requirement sets, platform, theme, read-only. */
export function applySettings(host: PreviewHost, s: PreviewSettings): void {
  const level = API_LEVELS.find((l) => l.value === s.api) ?? API_LEVELS[API_LEVELS.length - 1];
  host.theme = s.theme;
  const platform = s.platform ?? level.platform;
  // The host profile of this level and platform (profiles.ts) supplies the option set's values.
  const profile = s.optionSet ? profileByName(`${level.value}-${platform === "PC" ? "windows" : "web"}-${s.optionSet}`) : undefined;
  host.word.configure({
    ...(profile?.options ?? {}),
    wordApi: level.value,
    platform,
    readOnly: s.readOnly,
    // Office reports light or dark; high contrast is the system's forced colours over a dark theme.
    theme: s.theme === "light" ? "light" : "dark",
  });
}

/** Settings from the address (?api=1.1&width=500|800&theme=dark&readonly=1&platform=web&options=lenient), for links and tests. */
export function settingsFromQuery(search: string): PreviewSettings {
  const q = new URLSearchParams(search);
  const api = API_LEVELS.some((l) => l.value === q.get("api")) ? (q.get("api") as ApiLevel) : "1.9";
  const theme = q.get("theme");
  return {
    api,
    width: PANE_WIDTHS.find((w) => String(w) === q.get("width")) ?? 320,
    theme: theme === "dark" || theme === "highContrast" ? theme : "light",
    readOnly: q.get("readonly") === "1",
    ...(q.get("platform") === "web" ? { platform: "OfficeOnline" } : q.get("platform") === "windows" ? { platform: "PC" } : {}),
    ...(q.get("options") === "strict" || q.get("options") === "lenient" ? { optionSet: q.get("options") as "strict" | "lenient" } : {}),
  };
}

/** Re-renders on every model change; counts the add-in's selections apart (they scroll the view). */
function useModel(host: PreviewHost) {
  const [state, setState] = useState({ version: 0, apiSelection: 0 });
  useEffect(
    () =>
      host.word.model.onChange((c) =>
        setState((s) => ({ version: s.version + 1, apiSelection: c.kind === "selection" && c.source === "api" ? s.apiSelection + 1 : s.apiSelection })),
      ),
    [host],
  );
  return state;
}

function useCounters(host: PreviewHost) {
  const snapshot = useSyncExternalStore(
    (cb) => host.onRoundTrip(cb),
    () => `${host.word.counters.syncs} ${host.word.counters.roundTrips}`,
  );
  const [syncs, roundTrips] = snapshot.split(" ").map(Number);
  return { syncs, roundTrips };
}

function wordCount(host: PreviewHost): number {
  return host.word.model.paragraphs().reduce((n, p) => n + (p.text.match(/\S+/g)?.length ?? 0), 0);
}

export function PreviewApp({ host, initial }: { host: PreviewHost; initial: PreviewSettings }) {
  const [settings, setSettings] = useState(initial);
  const [paneKey, setPaneKey] = useState(0);
  const { version, apiSelection } = useModel(host);
  const { syncs, roundTrips } = useCounters(host);
  const canvas = useRef<HTMLElement>(null);
  const pane = useRef<HTMLIFrameElement>(null);

  // Word's F6 between the task pane and the document (focusCycle.ts).
  useEffect(
    () => installFocusCycle(window, host.word.model, () => canvas.current?.querySelector<HTMLElement>(".paper") ?? null, () => pane.current),
    [host],
  );

  const change = (next: Partial<PreviewSettings>) => {
    const s = { ...settings, ...next };
    applySettings(host, s);
    setSettings(s);
    // The pane reads requirement sets and the theme once, at start, as in Word: start it again.
    if (s.api !== settings.api || s.theme !== settings.theme) setPaneKey((k) => k + 1);
  };

  return (
    <div className="app" data-theme={settings.theme}>
      <Ribbon
        settings={settings}
        onChange={change}
        onNewDocument={() => host.load(BLANK_DOCUMENT)}
        onLoadSample={() => host.load(SAMPLE_DOCUMENT)}
        onReloadPane={() => setPaneKey((k) => k + 1)}
        syncs={syncs}
        roundTrips={roundTrips}
        onResetCounters={() => host.resetCounters()}
      />
      <div className="workspace">
        <main ref={canvas} className="canvas" aria-label="Document">
          <DocumentView host={host} version={version} readOnly={settings.readOnly} apiSelection={apiSelection} />
        </main>
        <aside className="pane" aria-label="Task pane" style={{ width: settings.width }}>
          <p className="pane-title">Inspection Response Drafter</p>
          <iframe ref={pane} key={paneKey} title="Inspection Response Drafter task pane" src="taskpane.html" />
        </aside>
      </div>
      <footer className="status">
        <span>{wordCount(host)} words</span>
        <span>{settings.readOnly ? "Read-only" : "Editing"}</span>
        <span>
          {API_LEVELS.find((l) => l.value === settings.api)?.label}
          {settings.platform && settings.platform !== API_LEVELS.find((l) => l.value === settings.api)?.platform ? (settings.platform === "PC" ? ", on Windows" : ", on the web") : ""}
        </span>
      </footer>
    </div>
  );
}
