/**
 * Reads the document for coverage in two syncs whatever its size: the first loads every body
 * paragraph and tagged control with narrow loads; the second loads the paragraphs of each add-in
 * control (to tell which paragraphs it holds). The stored inspection is read once, when the pane
 * opens (storage.ts), not on every scan.
 */
import type { DocumentSnapshot, SnapshotControl, SnapshotParagraph } from "../domain/snapshot";
import { TAG_PREFIX } from "../domain/tags";
import { hasWordApi, runRead } from "./host";
import { nestingLoad, readNesting } from "./place";
import type { HostCapabilities } from "./port";

/** Text Word shows in a control with no placeholder of its own (WORD-SEMANTICS 38, issue 1515). */
const WORD_DEFAULT_PLACEHOLDERS = ["Click or tap here to enter text.", "Click here to enter text."];

/** An empty control may read as its placeholder (WORD-SEMANTICS 38): that is not a response. */
export function isShowingPlaceholder(text: string, placeholderText: string): boolean {
  if (text === "") return false;
  return placeholderText !== "" ? text === placeholderText : WORD_DEFAULT_PLACEHOLDERS.includes(text);
}

interface ControlParagraphs {
  index: number;
  paragraphs: Word.ParagraphCollection;
}

/**
 * Which body paragraphs each add-in control holds. Controls come in document order, a nested one
 * after the control around it. `parent` is the index (in `controls`) of the closest control of the
 * list around this one, null when none is, undefined when unknown. A control's paragraphs are the
 * first run of body paragraphs with the same texts after the previous control at its level (inside
 * its parent), so two neighbours with the same text each get their own; with nesting unknown, at
 * or after where the previous control started. A control whose paragraphs are not in the body (a
 * header) matches nothing and is left out.
 */
export function assignControlTags(paragraphs: SnapshotParagraph[], controls: Array<{ tag: string; texts: string[]; parent?: number | null }>): void {
  const texts = paragraphs.map((p) => p.text);
  const starts: number[] = [];
  /** Where the next child of each parent (-1: the top level) may start. */
  const next = new Map<number, number>();
  let from = 0;
  controls.forEach(({ tag, texts: own, parent }, index) => {
    starts[index] = -1;
    if (own.length === 0) return;
    const level = parent ?? -1;
    const inParent = parent !== undefined && parent !== null ? starts[parent] : 0;
    if (parent !== undefined && inParent < 0) return;
    const begin = parent === undefined ? from : Math.max(inParent, next.get(level) ?? inParent);
    const start = findRun(texts, own, begin);
    if (start < 0) return;
    for (let i = start; i < start + own.length; i++) (paragraphs[i].controlTags ??= []).push(tag);
    starts[index] = start;
    next.set(level, start + own.length);
    from = start;
  });
}

/**
 * For each control of `ours` (document order), the index in `ours` of the closest of them around
 * it, or null. From WordApi 1.3 the body's controls were loaded with their parent's id; before,
 * with the ids of the controls inside each (place.ts queueBodyControls, the same loads).
 */
export function enclosingOurs(ours: Word.ContentControl[], all: Word.ContentControl[], caps: HostCapabilities): Array<number | null> {
  const index = new Map(ours.map((cc, i) => [cc.id, i]));
  if (caps.wordApi13) {
    // Up the parent chain (through other controls, e.g. someone else's around ours) to one of ours.
    const { parentOf } = readNesting(all, caps);
    return ours.map((cc) => {
      let id = parentOf(cc.id) ?? null;
      for (let guard = 0; id !== null && guard < 64; guard++) {
        const hit = index.get(id);
        if (hit !== undefined) return hit;
        id = parentOf(id) ?? null;
      }
      return null;
    });
  }
  const inside = ours.map((cc) => new Set(cc.contentControls.items.map((c) => c.id)));
  return ours.map((cc, i) => {
    for (let j = i - 1; j >= 0; j--) if (inside[j].has(cc.id)) return j;
    return null;
  });
}

function findRun(all: string[], run: string[], from: number): number {
  outer: for (let s = from; s + run.length <= all.length; s++) {
    for (let k = 0; k < run.length; k++) if (all[s + k] !== run[k]) continue outer;
    return s;
  }
  return -1;
}

/** Built-in style names as English Word spells them, which coverage reads ("Heading2" → "Heading 2"). */
export function englishStyleName(styleBuiltIn: string, style: string): string {
  if (styleBuiltIn === "" || styleBuiltIn === "Other") return style;
  return styleBuiltIn.replace(/([a-z])([A-Z0-9])/g, "$1 $2");
}

/**
 * What Word says about tracked changes before anything else is read (WORD-SEMANTICS 54, 55, 71):
 * from 1.6 whether any deletion is pending; at 1.4 and 1.5 whether the reviewed "Current" text of
 * the body differs from its text (which still holds deleted text). Below 1.4 Word cannot say.
 */
function queueTrackingProbe(context: Word.RequestContext, caps: HostCapabilities): (() => boolean) | undefined {
  const body = context.document.body;
  if (hasWordApi(caps, "1.6")) {
    const changes = body.getTrackedChanges().load("items/type");
    return () => changes.items.some((c) => c.type === "Deleted");
  }
  if (hasWordApi(caps, "1.4")) {
    body.load("text");
    const current = body.getReviewedText("Current");
    return () => current.value !== body.text;
  }
  return undefined;
}

export async function readSnapshot(caps: HostCapabilities): Promise<DocumentSnapshot> {
  return runRead("read-document", async (context) => {
    const body = context.document.body;
    const paragraphs = body.paragraphs.load(
      caps.wordApi13 ? "items/text,items/style,items/styleBuiltIn,items/tableNestingLevel" : "items/text,items/style",
    );
    // Body controls, like the paragraphs: a tag in a header or footnote is not a response section.
    const controls = body.contentControls.load(`items/id,items/tag,items/title,items/text,items/placeholderText,${nestingLoad(caps)}`);
    const deletionsPending = queueTrackingProbe(context, caps);
    await context.sync();

    // Text deleted under tracking still reads as text (54): read what the document says now instead.
    const tracked = deletionsPending?.() ?? false;
    const deletedControls = tracked && hasWordApi(caps, "1.5") ? body.contentControls.getByChangeTrackingStates(["Deleted" as Word.ChangeTrackingState]).load("items/id") : undefined;
    const currentParagraphs = tracked ? paragraphs.items.map((p) => p.getReviewedText("Current")) : [];
    const currentControls = new Map<number, OfficeExtension.ClientResult<string>>();
    const ours: ControlParagraphs[] = [];
    controls.items.forEach((cc, index) => {
      if (!cc.tag.startsWith(TAG_PREFIX)) return;
      ours.push({ index, paragraphs: cc.paragraphs.load("items/text") });
      if (tracked) currentControls.set(index, cc.getReviewedText("Current"));
    });
    if (ours.length > 0 || tracked) await context.sync();

    // A section deleted under tracking is still in the collection (55): it is not a section any more.
    const deleted = new Set(deletedControls?.items.map((cc) => cc.id) ?? []);
    const snapshotControls: SnapshotControl[] = [];
    controls.items.forEach((cc, index) => {
      if (cc.tag === "" || deleted.has(cc.id)) return;
      const text = currentControls.get(index)?.value ?? cc.text;
      snapshotControls.push({ id: cc.id, tag: cc.tag, title: cc.title, text: isShowingPlaceholder(text, cc.placeholderText) ? "" : text, placeholderText: cc.placeholderText });
    });
    const snapshotParagraphs: SnapshotParagraph[] = paragraphs.items.map((p) => ({
      text: p.text,
      style: caps.wordApi13 ? englishStyleName(p.styleBuiltIn, p.style) : p.style,
      ...(caps.wordApi13 ? { inTable: p.tableNestingLevel > 0 } : {}),
    }));
    // Paragraphs are matched to controls by the texts both report, deleted text included.
    const kept = ours.filter(({ index }) => !deleted.has(controls.items[index].id));
    const parents = enclosingOurs(
      kept.map(({ index }) => controls.items[index]),
      controls.items,
      caps,
    );
    assignControlTags(
      snapshotParagraphs,
      kept.map(({ index, paragraphs: list }, k) => ({ tag: controls.items[index].tag, texts: list.items.map((p) => p.text), parent: parents[k] })),
    );
    currentParagraphs.forEach((current, i) => (snapshotParagraphs[i].text = current.value));
    blankPlaceholders(snapshotParagraphs, snapshotControls);
    const trackedDeletions = trackedDeletionsRead(caps, tracked);
    return { paragraphs: snapshotParagraphs, controls: snapshotControls, ...(trackedDeletions ? { trackedDeletions } : {}) };
  });
}

/** How far the snapshot leaves out what was deleted under tracking, when that is not all of it. */
function trackedDeletionsRead(caps: HostCapabilities, tracked: boolean): DocumentSnapshot["trackedDeletions"] {
  if (!hasWordApi(caps, "1.4")) return "unknown";
  if (!tracked) return undefined;
  return hasWordApi(caps, "1.5") ? "excluded" : "textOnly";
}

/** A paragraph of an empty add-in control reads as the placeholder; in the snapshot it is empty. */
export function blankPlaceholders(paragraphs: SnapshotParagraph[], controls: SnapshotControl[]): void {
  const empty = new Map(controls.filter((c) => c.text === "").map((c) => [c.tag, c.placeholderText]));
  for (const p of paragraphs) {
    const inner = p.controlTags?.at(-1);
    if (inner !== undefined && empty.has(inner) && isShowingPlaceholder(p.text, empty.get(inner) ?? "")) p.text = "";
  }
}
