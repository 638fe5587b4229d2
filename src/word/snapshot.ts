/**
 * Reads the document for coverage in two syncs whatever its size: the first loads every body
 * paragraph and tagged control with narrow loads; the second loads the paragraphs of each add-in
 * control (to tell which paragraphs it holds). The stored inspection is read once, when the pane
 * opens (storage.ts), not on every scan.
 */
import type { DocumentSnapshot, SnapshotControl, SnapshotParagraph } from "../domain/snapshot";
import { TAG_PREFIX } from "../domain/tags";
import { runAction } from "./host";
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
 * after the control around it, so each control's paragraphs are the first run of body paragraphs
 * with the same texts at or after where the previous control started. A control whose paragraphs
 * are not in the body (a header) matches nothing and is left out.
 */
export function assignControlTags(paragraphs: SnapshotParagraph[], controls: Array<{ tag: string; texts: string[] }>): void {
  const texts = paragraphs.map((p) => p.text);
  let from = 0;
  for (const { tag, texts: own } of controls) {
    if (own.length === 0) continue;
    const start = findRun(texts, own, from);
    if (start < 0) continue;
    for (let i = start; i < start + own.length; i++) (paragraphs[i].controlTags ??= []).push(tag);
    from = start;
  }
}

function findRun(all: string[], run: string[], from: number): number {
  outer: for (let s = from; s + run.length <= all.length; s++) {
    for (let k = 0; k < run.length; k++) if (all[s + k] !== run[k]) continue outer;
    return s;
  }
  return -1;
}

export async function readSnapshot(caps: HostCapabilities): Promise<DocumentSnapshot> {
  return runAction("read the document", false, async (context) => {
    const body = context.document.body;
    const paragraphs = body.paragraphs.load(
      caps.wordApi13 ? "items/text,items/style,items/tableNestingLevel" : "items/text,items/style",
    );
    // Body controls, like the paragraphs: a tag in a header or footnote is not a response section.
    const controls = body.contentControls.load("items/id,items/tag,items/title,items/text,items/placeholderText");
    await context.sync();

    const ours: ControlParagraphs[] = [];
    controls.items.forEach((cc, index) => {
      if (cc.tag.startsWith(TAG_PREFIX)) ours.push({ index, paragraphs: cc.paragraphs.load("items/text") });
    });
    if (ours.length > 0) await context.sync();

    const snapshotControls: SnapshotControl[] = controls.items
      .filter((cc) => cc.tag !== "")
      .map((cc) => ({
        id: cc.id,
        tag: cc.tag,
        title: cc.title,
        text: isShowingPlaceholder(cc.text, cc.placeholderText) ? "" : cc.text,
        placeholderText: cc.placeholderText,
      }));
    const snapshotParagraphs: SnapshotParagraph[] = paragraphs.items.map((p) => ({
      text: p.text,
      style: p.style,
      ...(caps.wordApi13 ? { inTable: p.tableNestingLevel > 0 } : {}),
    }));
    assignControlTags(
      snapshotParagraphs,
      ours.map(({ index, paragraphs: list }) => ({ tag: controls.items[index].tag, texts: list.items.map((p) => p.text) })),
    );
    blankPlaceholders(snapshotParagraphs, snapshotControls);
    return { paragraphs: snapshotParagraphs, controls: snapshotControls };
  });
}

/** A paragraph of an empty add-in control reads as the placeholder; in the snapshot it is empty. */
function blankPlaceholders(paragraphs: SnapshotParagraph[], controls: SnapshotControl[]): void {
  const empty = new Map(controls.filter((c) => c.text === "").map((c) => [c.tag, c.placeholderText]));
  for (const p of paragraphs) {
    const inner = p.controlTags?.at(-1);
    if (inner !== undefined && empty.has(inner) && isShowingPlaceholder(p.text, empty.get(inner) ?? "")) p.text = "";
  }
}
