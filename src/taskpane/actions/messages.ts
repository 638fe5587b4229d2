/** The pane's messages (Fluent MessageBars): what happened and what to do. */
import { WordActionError } from "../../word/port";
import { wordFailureText } from "./wordFailures";
import { patch, useStore } from "../store/store";
import type { MessageIntent } from "../store/uiSlice";

/** Shows a message; a newer message on the same topic replaces the older one. */
export function showMessage(topic: string, intent: MessageIntent, title: string, body = ""): void {
  patch("ui", (ui) => ({
    nextMessageId: ui.nextMessageId + 1,
    messages: [...ui.messages.filter((m) => m.topic !== topic), { id: ui.nextMessageId, topic, intent, title, body }],
  }));
}

export function dismissMessage(id: number): void {
  patch("ui", (ui) => ({ messages: ui.messages.filter((m) => m.id !== id) }));
}

export function clearTopic(topic: string): void {
  if (useStore.getState().ui.messages.some((m) => m.topic === topic)) {
    patch("ui", (ui) => ({ messages: ui.messages.filter((m) => m.topic !== topic) }));
  }
}

/**
 * The sentence the user reads when an action fails. The adapter's WordActionError already says
 * what happened and what to do; anything else is unexpected, so say that and how to recover.
 */
export function failureText(error: unknown): string {
  if (error instanceof WordActionError) return wordFailureText(error);
  const detail = error instanceof Error ? error.message : String(error);
  return `Something unexpected went wrong (${detail}). Try again; if it keeps happening, close and reopen the add-in.`;
}

export function showFailure(topic: string, title: string, error: unknown): void {
  showMessage(topic, "error", title, failureText(error));
}
