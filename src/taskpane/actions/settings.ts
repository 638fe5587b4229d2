/** The office's settings: stored per user in localStorage, validated, exported and imported. */
import { emptySettings, exportSettings, importSettings, parseSettings } from "../../domain/settings";
import type { OfficeSettings } from "../../domain/settings/types";
import { rememberSettings } from "../../domain/names";
import type { Services } from "../services";
import { patch, useStore } from "../store/store";
import { showMessage } from "./messages";
import { applyDefaultStyle } from "./styleChoice";
import { SETTINGS_KEY, WELCOME_KEY } from "./welcome";

export { SETTINGS_KEY, WELCOME_KEY, skipWelcome, startSetupFromWelcome } from "./welcome";

/** Reads and checks the saved settings (after the first paint: welcomeSeen chose the first screen). */
export function loadSettings(services: Services): void {
  let saved: OfficeSettings | null = null;
  const text = services.storage.getItem(SETTINGS_KEY);
  if (text) {
    try {
      saved = parseSettings(JSON.parse(text)).settings ?? null;
    } catch {
      saved = null;
    }
    if (!saved) showMessage("settings-load", "warning", "Your saved settings could not be read", "Enter them again in Settings.");
  }
  patch("settings", { saved, draft: saved ?? emptySettings(), errors: {} });
}

/** The user's earlier settings (newest first), so names drafted with them can be updated later. */
export const EARLIER_SETTINGS_KEY = "ird.settings.earlier.v1";

export function earlierSettings(services: Services): Array<Partial<OfficeSettings>> {
  try {
    const list: unknown = JSON.parse(services.storage.getItem(EARLIER_SETTINGS_KEY) ?? "[]");
    if (!Array.isArray(list)) return [];
    return list.flatMap((x) => {
      const parsed = parseSettings(x).settings;
      return parsed ? [parsed] : [];
    });
  } catch {
    return [];
  }
}

function rememberEarlierSettings(services: Services, before: OfficeSettings): void {
  try {
    services.storage.setItem(EARLIER_SETTINGS_KEY, JSON.stringify(rememberSettings(earlierSettings(services), before)));
  } catch {
    // Only the later offer to update names inside sentences is lost; the settings themselves are saved.
  }
}

export function editSetting(field: keyof OfficeSettings, value: string): void {
  patch("settings", (s) => ({ draft: { ...(s.draft ?? emptySettings()), [field]: value }, errors: { ...s.errors, [field]: undefined } }));
}

/** Validates the form; saves only when every field is valid, otherwise shows a message per field. */
export function saveSettings(services: Services): boolean {
  const { draft } = useStore.getState().settings;
  const result = parseSettings(draft ?? emptySettings());
  if (!result.settings) {
    patch("settings", { errors: result.errors });
    return false;
  }
  const before = useStore.getState().settings.saved;
  try {
    services.storage.setItem(SETTINGS_KEY, JSON.stringify(result.settings));
    services.storage.setItem(WELCOME_KEY, "done");
    if (before) rememberEarlierSettings(services, before);
  } catch (error) {
    // Nothing typed is lost: the draft stays in the form.
    showMessage("settings", "error", "Settings could not be saved", `This browser refused to store them (${error instanceof Error ? error.message : String(error)}). Export them to a file so you can import them later.`);
    return false;
  }
  patch("settings", { saved: result.settings, draft: result.settings, errors: {}, welcomeDone: true });
  // Only a default changed in this save is applied, and never over a style the user chose (issue 13).
  if (result.settings.defaultStyleId !== before?.defaultStyleId) applyDefaultStyle(result.settings.defaultStyleId);
  showMessage("settings", "success", "Settings saved", "New letters will use these details.");
  return true;
}

export function exportSettingsFile(services: Services): void {
  const { saved } = useStore.getState().settings;
  if (!saved) {
    showMessage("settings", "warning", "Nothing to export yet", "Save your settings first.");
    return;
  }
  services.download("ird-settings.json", new Blob([exportSettings(saved)], { type: "application/json" }));
}

/** Puts an imported file's values in the form for the user to check and save. */
export function importSettingsText(text: string): void {
  const result = importSettings(text);
  if (result.settings) {
    patch("settings", { draft: result.settings, errors: {} });
    showMessage("settings", "info", "Settings imported", "Check them and choose Save.");
  } else {
    patch("settings", { errors: result.errors });
    showMessage("settings", "error", "That file could not be imported", result.error ?? "It is not a settings file.");
  }
}
