/** The pane's messages (Fluent MessageBars): what happened and what to do. */
import { WordActionError } from "../../word/port";
import { wordFailureText } from "./wordFailures";
import { patch, useStore } from "../store/store";
import type { MessageIntent, PaneMessage } from "../store/uiSlice";

/**
 * Standing problems, not the outcome of something the user just did: the pane could not start, or
 * load the catalog, sources, saved settings or styles, or the document's recorded inspection. They
 * stay until resolved or dismissed. Every other message (success and notes on those topics too, such
 * as "Sources saved") is the outcome of an action.
 */
const STANDING = /^(?:startup|catalog|stored-inspection|wording-load|settings-load|styles-load|sources|source-)/;
export const isOutcome = (m: Pick<PaneMessage, "topic" | "intent">): boolean => !(STANDING.test(m.topic) && (m.intent === "warning" || m.intent === "error"));

/**
 * Shows a message; a newer message on the same topic replaces the older one, and an action's
 * outcome replaces any earlier outcome: one banner for the last thing the user did.
 */
export function showMessage(topic: string, intent: MessageIntent, title: string, body = "", onDismiss?: () => void): void {
  const outcome = isOutcome({ topic, intent });
  // Handlers of messages no longer shown (replaced or cleared) go; the new one's is kept by its id.
  const shown = new Set(useStore.getState().ui.messages.map((m) => m.id));
  for (const id of dismissHandlers.keys()) if (!shown.has(id)) dismissHandlers.delete(id);
  if (onDismiss) dismissHandlers.set(useStore.getState().ui.nextMessageId, onDismiss);
  patch("ui", (ui) => ({
    nextMessageId: ui.nextMessageId + 1,
    messages: [...ui.messages.filter((m) => m.topic !== topic && !(outcome && isOutcome(m))), { id: ui.nextMessageId, topic, intent, title, body, shownAt: Date.now() }],
  }));
}

/** The user moved on (another tab): what earlier actions said no longer applies to what they see. */
export function clearOutcomes(): void {
  if (useStore.getState().ui.messages.some(isOutcome)) {
    patch("ui", (ui) => ({ messages: ui.messages.filter((m) => !isOutcome(m)) }));
  }
}

/** How long after it is shown an outcome outlives document changes: the action's own edits arrive as changes too. */
export const OUTCOME_SETTLE_MS = 1500;

/**
 * The document changed under the pane (the user edits it, or it was replaced): success and info
 * outcomes, settled, go. Warnings and errors stay until dismissed or the user moves to another tab
 * (they say what to do, e.g. remove a faulty insert). Nothing is cleared while an insert runs.
 */
export function clearOutcomesOnDocumentChange(now = Date.now()): void {
  const { ui, drafting } = useStore.getState();
  if (drafting.busy) return;
  const stale = (m: PaneMessage) => isOutcome(m) && (m.intent === "success" || m.intent === "info") && now - (m.shownAt ?? 0) >= OUTCOME_SETTLE_MS;
  if (ui.messages.some(stale)) patch("ui", (u) => ({ messages: u.messages.filter((m) => !stale(m)) }));
}

/** What to do when the user closes a message (by its id), e.g. remember not to show it again. */
const dismissHandlers = new Map<number, () => void>();

export function dismissMessage(id: number): void {
  patch("ui", (ui) => ({ messages: ui.messages.filter((m) => m.id !== id) }));
  const handler = dismissHandlers.get(id);
  dismissHandlers.delete(id);
  handler?.();
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
