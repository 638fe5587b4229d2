/** The preview's controls: the document, the Word host being played, the task pane, the sync counter. */
import type { PreviewTheme } from "../emulator/previewBridge";

export type ApiLevel = "1.1" | "1.3" | "1.4" | "1.9";
/** Word's narrowest pane, a common one, and a wide one (a pane dragged wider on a large screen). */
export const PANE_WIDTHS = [320, 500, 800] as const;
export type PaneWidth = (typeof PANE_WIDTHS)[number];

export interface PreviewSettings {
  api: ApiLevel;
  width: PaneWidth;
  theme: PreviewTheme;
  readOnly: boolean;
  /** Plays the level on this platform instead of its usual one (?platform=windows|web, for tests). */
  platform?: "PC" | "OfficeOnline";
  /** Plays the stricter or kinder reading of every USER/INFERRED line (host profiles, ?options=strict|lenient). */
  optionSet?: "strict" | "lenient";
}

/** The Word each API level stands for (the newest requirement set it supports). */
export const API_LEVELS: Array<{ value: ApiLevel; label: string; platform: "PC" | "OfficeOnline" }> = [
  { value: "1.1", label: "Word 2016 (WordApi 1.1)", platform: "PC" },
  { value: "1.3", label: "Word 2019 (WordApi 1.3)", platform: "PC" },
  { value: "1.4", label: "Microsoft 365 (WordApi 1.4)", platform: "PC" },
  { value: "1.9", label: "Word on the web (WordApi 1.9)", platform: "OfficeOnline" },
];

const THEMES: Array<{ value: PreviewTheme; label: string }> = [
  { value: "light", label: "Light" },
  { value: "dark", label: "Dark" },
  { value: "highContrast", label: "High contrast" },
];

export interface RibbonProps {
  settings: PreviewSettings;
  onChange(next: Partial<PreviewSettings>): void;
  onNewDocument(): void;
  onLoadSample(): void;
  onReloadPane(): void;
  syncs: number;
  roundTrips: number;
  onResetCounters(): void;
}

export function Ribbon({ settings, onChange, onNewDocument, onLoadSample, onReloadPane, syncs, roundTrips, onResetCounters }: RibbonProps) {
  return (
    <header className="ribbon">
      <p className="ribbon-title">Inspection Response Drafter · preview</p>
      <div className="ribbon-group" role="group" aria-label="Document">
        <button type="button" onClick={onNewDocument}>
          New document
        </button>
        <button type="button" onClick={onLoadSample}>
          Load sample
        </button>
        <label>
          <input type="checkbox" checked={settings.readOnly} onChange={(e) => onChange({ readOnly: e.target.checked })} /> Read-only
        </label>
      </div>
      <div className="ribbon-group" role="group" aria-label="Word host">
        <label htmlFor="ribbon-api">Word version</label>
        <select id="ribbon-api" value={settings.api} onChange={(e) => onChange({ api: e.target.value as ApiLevel })}>
          {API_LEVELS.map((l) => (
            <option key={l.value} value={l.value}>
              {l.label}
            </option>
          ))}
        </select>
      </div>
      <div className="ribbon-group" role="group" aria-label="Task pane">
        <label htmlFor="ribbon-width">Pane width</label>
        <select id="ribbon-width" value={settings.width} onChange={(e) => onChange({ width: Number(e.target.value) as PaneWidth })}>
          {PANE_WIDTHS.map((w) => (
            <option key={w} value={w}>
              {w} px
            </option>
          ))}
        </select>
        <label htmlFor="ribbon-theme">Office theme</label>
        <select id="ribbon-theme" value={settings.theme} onChange={(e) => onChange({ theme: e.target.value as PreviewTheme })}>
          {THEMES.map((t) => (
            <option key={t.value} value={t.value}>
              {t.label}
            </option>
          ))}
        </select>
        <button type="button" onClick={onReloadPane}>
          Reload task pane
        </button>
      </div>
      <div className="ribbon-group" role="group" aria-label="Round trips to Word">
        <output className="counter" aria-label="Syncs to Word" title="Batches the task pane sent to Word (context.sync calls), and all round trips including clean-up">
          Syncs: {syncs} · round trips: {roundTrips}
        </output>
        <button type="button" onClick={onResetCounters}>
          Reset count
        </button>
      </div>
    </header>
  );
}
