/** The office's settings: stored per user in localStorage, validated, exported and imported. */
import { emptySettings, exportSettings, importSettings, parseSettings } from "../../domain/settings";
import type { OfficeSettings } from "../../domain/settings/types";
import type { Services } from "../services";
import { patch, useStore } from "../store/store";
import { showMessage } from "./messages";
import { showTab } from "./navigation";
import { chooseStyle } from "./styleChoice";

export const SETTINGS_KEY = "ird.settings.v1";
export const WELCOME_KEY = "ird.welcome.v1";

export function loadSettings(services: Services): void {
  let saved: OfficeSettings | null = null;
  const text = services.storage.getItem(SETTINGS_KEY);
  if (text) {
    try {
      saved = parseSettings(JSON.parse(text)).settings ?? null;
    } catch {
      saved = null;
    }
    if (!saved) showMessage("settings", "warning", "Your saved settings could not be read", "Enter them again in Settings.");
  }
  const welcomeDone = saved !== null || services.storage.getItem(WELCOME_KEY) === "done";
  patch("settings", { saved, draft: saved ?? emptySettings(), welcomeDone, errors: {} });
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
  try {
    services.storage.setItem(SETTINGS_KEY, JSON.stringify(result.settings));
    services.storage.setItem(WELCOME_KEY, "done");
  } catch (error) {
    // Nothing typed is lost: the draft stays in the form.
    showMessage("settings", "error", "Settings could not be saved", `This browser refused to store them (${error instanceof Error ? error.message : String(error)}). Export them to a file so you can import them later.`);
    return false;
  }
  patch("settings", { saved: result.settings, draft: result.settings, errors: {}, welcomeDone: true });
  if (useStore.getState().drafting.styles.some((e) => e.style.id === result.settings!.defaultStyleId)) chooseStyle(result.settings.defaultStyleId);
  showMessage("settings", "success", "Settings saved", "New letters will use these details.");
  return true;
}

export function skipWelcome(services: Services): void {
  try {
    services.storage.setItem(WELCOME_KEY, "done");
  } catch {
    // Not remembered: the welcome returns next time, which is harmless.
  }
  patch("settings", { welcomeDone: true });
  showTab("inspections");
}

export function startSetupFromWelcome(): void {
  patch("settings", { welcomeDone: true });
  showTab("settings");
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
