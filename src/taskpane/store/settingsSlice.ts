import type { StateCreator } from "zustand";
import type { FieldUpdate } from "../../domain/fields";
import type { NamesToUpdate } from "../../word/port";
import type { OfficeSettings } from "../../domain/settings/types";
import type { Store } from "./store";

export interface SettingsState {
  /** What is saved for this user; null before first save. */
  saved: OfficeSettings | null;
  /** What the form shows, kept in the store so leaving the screen or a failed save loses nothing. */
  draft: OfficeSettings | null;
  /** Per-field validation messages from the last save attempt. */
  errors: Partial<Record<keyof OfficeSettings, string>>;
  /** The first-run welcome was completed or skipped. */
  welcomeDone: boolean;
  /** After a save: the document's tagged fields (names, details) that the new settings would change, in how many places on how many lines. */
  fieldOffer: { updates: FieldUpdate[]; places: number; lines: number; names: NamesToUpdate | null } | null;
}

export interface SettingsSlice {
  settings: SettingsState;
}

export const initialSettings = (): SettingsState => ({ saved: null, draft: null, errors: {}, welcomeDone: false, fieldOffer: null });

export const createSettingsSlice: StateCreator<Store, [], [], SettingsSlice> = () => ({ settings: initialSettings() });
