/**
 * Word's document events as the host raises them (WordApi 1.6 paragraph events): Word tells the
 * add-in which paragraphs were added, changed or deleted, after the change, whoever made it (a
 * person typing, or an add-in's batch). Events reach the add-in the way Word on the web sends them:
 * a RichApi message (category 65536, one entry per event) that Microsoft's library turns into calls
 * of the handlers the add-in added (`GenericEventRegistration._handleRichApiMessage`).
 *
 * Only registered events are raised (Document._Register…Event, sent in the add-in's batch when its
 * first handler is added, clientEvents.ts). Changes made in one task (one batch, one keystroke) are
 * reported together, in one message per event type, once the task is over.
 */
import type { WordDocumentModel } from "./model";
import { paragraphsIn } from "./modelTree";

export const PARAGRAPH_EVENTS = ["ParagraphAdded", "ParagraphChanged", "ParagraphDeleted"] as const;
export type ParagraphEventName = (typeof PARAGRAPH_EVENTS)[number];

/**
 * Wire ids of the events (the entry's messageType). Word's own numbers are not published (the npm
 * library has no Word event); the client (clientEvents.ts) and the host share these.
 */
export const EVENT_TYPE_IDS: Record<ParagraphEventName, number> = { ParagraphAdded: 61, ParagraphChanged: 62, ParagraphDeleted: 63 };

/** OfficeExtension's Constants.eventMessageCategory: the RichApi message entries that are events. */
export const EVENT_MESSAGE_CATEGORY = 65536;

/** One RichApi message entry as the channel carries it: [category, type, targetId, JSON payload]. */
export type RichApiRow = [number, number, string, string];

/** What the host raised, for tests and the bench. */
export interface RaisedEvent {
  type: ParagraphEventName;
  uniqueLocalIds: string[];
}

/**
 * Paragraph.uniqueLocalId, as the property and the events give it (DOC: "standard 8-4-4-4-12 GUID
 * format without curly braces"): the model's paragraph number in hexadecimal.
 */
export const paragraphUniqueLocalId = (id: string): string =>
  `${Number(id.replace(/\D/g, "")).toString(16).toUpperCase().padStart(8, "0")}-0000-4000-8000-000000000000`;

export class WordEventSource {
  /** Events raised since the last reset, in order. */
  readonly raised: RaisedEvent[] = [];
  private readonly registrations = new Map<ParagraphEventName, number>();
  private readonly channels = new Set<(rows: RichApiRow[]) => void>();
  private texts = new Map<string, string>();
  private pending = new Map<ParagraphEventName, Set<string>>();
  private flushScheduled = false;

  constructor(
    private readonly model: WordDocumentModel,
    private readonly delayMs: () => number,
  ) {
    model.onChange((change) => {
      if (change.kind === "content") this.noteContent();
      // Another document in the same window (the preview's New document): what was pending is gone.
      else if (change.kind === "load") this.resync();
    });
  }

  /** Document._RegisterParagraph…Event: the add-in's first handler of that event. */
  register(name: ParagraphEventName): void {
    if (!this.anyRegistered()) this.texts = this.snapshot();
    this.registrations.set(name, (this.registrations.get(name) ?? 0) + 1);
  }

  /** Document._UnregisterParagraph…Event: its last handler went. */
  unregister(name: ParagraphEventName): void {
    const n = (this.registrations.get(name) ?? 0) - 1;
    if (n > 0) this.registrations.set(name, n);
    else this.registrations.delete(name);
  }

  isRegistered(name: ParagraphEventName): boolean {
    return (this.registrations.get(name) ?? 0) > 0;
  }

  /** A window's RichApi channel (its Word library's message handler). Returns the disconnect. */
  addChannel(deliver: (rows: RichApiRow[]) => void): () => void {
    this.channels.add(deliver);
    return () => this.channels.delete(deliver);
  }

  /** New document (host.reset, load): no registrations, nothing pending, the log emptied. */
  reset(): void {
    this.registrations.clear();
    this.pending.clear();
    this.raised.length = 0;
    this.texts = new Map();
  }

  private resync(): void {
    this.pending.clear();
    this.texts = this.anyRegistered() ? this.snapshot() : new Map();
  }

  private anyRegistered(): boolean {
    return this.registrations.size > 0;
  }

  /** Every paragraph of every story (in controls and tables too) and its text. */
  private snapshot(): Map<string, string> {
    const texts = new Map<string, string>();
    for (const story of this.model.stories()) for (const p of paragraphsIn(story.children)) texts.set(p.id, p.text);
    return texts;
  }

  private add(name: ParagraphEventName, id: string): void {
    let set = this.pending.get(name);
    if (!set) this.pending.set(name, (set = new Set()));
    set.add(id);
  }

  private noteContent(): void {
    if (!this.anyRegistered()) return;
    const now = this.snapshot();
    for (const [id, text] of now) {
      const before = this.texts.get(id);
      if (before === undefined) this.add("ParagraphAdded", id);
      else if (before !== text) this.add("ParagraphChanged", id);
    }
    for (const id of this.texts.keys()) if (!now.has(id)) this.add("ParagraphDeleted", id);
    this.texts = now;
    if (this.pending.size && !this.flushScheduled) {
      this.flushScheduled = true;
      setTimeout(() => this.flush(), this.delayMs());
    }
  }

  private flush(): void {
    this.flushScheduled = false;
    const rows: RichApiRow[] = [];
    for (const name of PARAGRAPH_EVENTS) {
      const ids = this.pending.get(name);
      if (!ids?.size || !this.isRegistered(name)) continue;
      const uniqueLocalIds = [...ids].map(paragraphUniqueLocalId);
      this.raised.push({ type: name, uniqueLocalIds });
      rows.push([EVENT_MESSAGE_CATEGORY, EVENT_TYPE_IDS[name], "", JSON.stringify({ type: name, source: "Local", uniqueLocalIds })]);
    }
    this.pending.clear();
    if (!rows.length) return;
    for (const deliver of [...this.channels]) {
      try {
        deliver(rows);
      } catch {
        // A window that is going away must not stop the others.
      }
    }
  }
}

/** The WordEventSource of each model (the dispatcher's Document type reaches it through the model). */
const sources = new WeakMap<WordDocumentModel, WordEventSource>();

export function eventSourceOf(model: WordDocumentModel): WordEventSource | undefined {
  return sources.get(model);
}

export function attachEventSource(model: WordDocumentModel, delayMs: () => number): WordEventSource {
  const source = new WordEventSource(model, delayMs);
  sources.set(model, source);
  return source;
}
