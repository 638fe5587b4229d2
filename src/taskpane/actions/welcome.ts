/**
 * The first-run welcome, kept apart from the settings form: deciding between the welcome and the
 * inspection list is part of the first screen, so it reads storage only and needs none of the
 * validation code (zod) the form loads after the first paint (issue 12).
 */
import type { Services } from "../services";
import { patch } from "../store/store";
import { showTab } from "./navigation";

export const SETTINGS_KEY = "ird.settings.v1";
export const WELCOME_KEY = "ird.welcome.v1";

/**
 * Whether this user has been welcomed: they finished or skipped the welcome, or have saved
 * settings. Saved settings are checked after the first paint (loadSettings); ones that turn out
 * unreadable are reported there, and the user is sent to Settings rather than back to the welcome.
 */
export function welcomeSeen(services: Services): boolean {
  try {
    return services.storage.getItem(WELCOME_KEY) === "done" || Boolean(services.storage.getItem(SETTINGS_KEY));
  } catch {
    return false;
  }
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
