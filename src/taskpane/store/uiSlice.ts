import type { StateCreator } from "zustand";
import type { Store } from "./store";

export type MessageIntent = "error" | "warning" | "success" | "info";

export interface PaneMessage {
  id: number;
  intent: MessageIntent;
  title: string;
  body: string;
  /** Groups messages so a repeat of the same kind replaces the old one (e.g. "insert"). */
  topic: string;
  /** When it was shown (Date.now()), so a document change caused by the action itself does not clear it. */
  shownAt?: number;
}

export type PaneTab = "inspections" | "draft" | "wording" | "coverage" | "settings" | "help";

export interface UiState {
  tab: PaneTab;
  messages: PaneMessage[];
  nextMessageId: number;
}

export interface UiSlice {
  ui: UiState;
}

export const initialUi = (): UiState => ({ tab: "inspections", messages: [], nextMessageId: 1 });

export const createUiSlice: StateCreator<Store, [], [], UiSlice> = () => ({ ui: initialUi() });
