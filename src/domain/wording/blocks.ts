/**
 * The blocks of approved wording in an open document that have gone stale (stale.ts), each with
 * what an update would change: the text the block holds now, the current approved text, whether
 * the author has edited the block since it was inserted, and the difference word by word.
 */
import type { DocumentSnapshot } from "../snapshot";
import { recommendationOfTag } from "../tags";
import { sameWording, wordDiff, type DiffPart } from "./diff";
import { findWording } from "./index";
import { staleWording, type StaleWording } from "./stale";
import type { WordingSnippet } from "./types";

export interface StaleBlock {
  /** Word's id of the block's content control (unique in the open document). */
  controlId: number;
  tag: string;
  title: string;
  stale: StaleWording;
  /** The block's paragraphs as the document holds them now. */
  text: string[];
  /** The style of its first paragraph as the snapshot read it, when known. */
  style?: string;
  /** The recommendation whose section holds it, when one does. */
  recId?: string;
}

/** A control's text as paragraphs: Word separates them with a paragraph mark ("\r"). */
export const controlParagraphs = (text: string): string[] => text.split(/\r\n|\r|\n/);

/**
 * The stale wording blocks of a snapshot, in document order. Blocks are told apart by their
 * control id (the same wording may be in the document twice); a control without one (a file read
 * outside Word) is left out, since it could not be updated.
 */
export function staleBlocksIn(snapshot: DocumentSnapshot, library: readonly WordingSnippet[]): StaleBlock[] {
  const seen = new Map<string, number>();
  return snapshot.controls.flatMap((control): StaleBlock[] => {
    const occurrence = seen.get(control.tag) ?? 0;
    seen.set(control.tag, occurrence + 1);
    const [stale] = staleWording([control.tag], library);
    if (!stale || control.id === undefined) return [];
    const run = paragraphRun(snapshot, control.tag, occurrence);
    const outer = run?.controlTags?.map(recommendationOfTag).find((r) => r !== null);
    return [
      {
        controlId: control.id,
        tag: control.tag,
        title: control.title,
        stale,
        text: controlParagraphs(control.text),
        ...(run?.style ? { style: run.style } : {}),
        ...(outer ? { recId: outer.recId } : {}),
      },
    ];
  });
}

/** The first paragraph of the `occurrence`-th run of paragraphs inside a control with this tag. */
function paragraphRun(snapshot: DocumentSnapshot, tag: string, occurrence: number) {
  let count = -1;
  // The controls around the block, itself included: a run ends where they change (two copies in different places).
  let previous: string | null = null;
  for (const p of snapshot.paragraphs) {
    const at = p.controlTags?.indexOf(tag) ?? -1;
    const chain = at < 0 ? null : p.controlTags!.slice(0, at + 1).join("\n");
    if (chain !== null && chain !== previous && ++count === occurrence) return p;
    previous = chain;
  }
  return undefined;
}

export interface WordingUpdate {
  block: StaleBlock;
  /** The approved text now (null when the entry was retired: there is nothing to update to). */
  next: WordingSnippet | null;
  /** The new text as paragraphs, filled in as an insert would fill it. */
  nextText: string[];
  /**
   * Whether the block holds something other than the version it was inserted from (filled in the
   * same way): the author has edited it, and updating would replace those edits. Null when that
   * version is not in the library, so it cannot be told.
   */
  edited: boolean | null;
  /** From the block's text now to the new text. */
  diff: DiffPart[];
}

/** What updating a stale block would do; `fill` fills a snippet's text for this block (its paragraphs). */
export function wordingUpdate(block: StaleBlock, library: readonly WordingSnippet[], fill: (snippet: WordingSnippet) => string[]): WordingUpdate {
  const next = block.stale.kind === "newer" ? block.stale.current : null;
  const nextText = next ? fill(next) : [];
  const inserted = findWording(library, block.stale.id, { version: block.stale.version });
  const edited = inserted ? !sameWording(block.text, fill(inserted)) : null;
  return { block, next, nextText, edited, diff: next ? wordDiff(block.text, nextText) : [] };
}
