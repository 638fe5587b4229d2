/**
 * Inserts check their own result in the same round trip: after the builder's commands, the batch
 * loads back each new control's tag, its parent's tag and its paragraphs' text, and these are
 * compared with the plan once the sync returns. Reads never go through a maybe-null object (68):
 * the parent of a nested control is read with the throwing `parentContentControl` (WordApi 1.1),
 * which fails the batch, and so the insert, if Word did not nest it, and the parent of a group's
 * outermost control with `parentContentControlOrNullObject` (1.3). Older Word has no safe way to
 * read a top-level parent; there the group is only ever placed next to a plain paragraph or after a
 * top-level control (place.ts), never "End" of something.
 */
import type { BuildProblem, InsertReceipt } from "./port";
import { planParagraphs, type BuiltControl, type BuiltGroup } from "./build";
import { isShowingPlaceholder } from "./snapshot";

interface ControlRead {
  built: BuiltControl;
  paragraphs: Word.ParagraphCollection;
  parent?: Word.ContentControl;
}

interface GroupRead {
  group: BuiltGroup;
  /** What the group's outermost control should sit in: null for the body, a control of ours, or undefined (next to a neighbour: wherever it is). */
  expectedParent: string | null | undefined;
  parent?: Word.ContentControl;
}

export interface Verification {
  /** Call after the sync: what came out wrong (empty when all is as planned). */
  problems(): BuildProblem[];
  receipt(): InsertReceipt;
}

export function queueVerification(
  built: BuiltControl[],
  groups: Array<{ group: BuiltGroup; expectedParent: string | null | undefined }>,
  wordApi13: boolean,
): Verification {
  const reads: ControlRead[] = built.map((b) => {
    b.control.load("id,tag");
    const read: ControlRead = { built: b, paragraphs: b.control.paragraphs.load("items/text") };
    if (b.expectedParentTag !== null) read.parent = b.control.parentContentControl.load("tag");
    return read;
  });
  const groupReads: GroupRead[] = groups.map(({ group, expectedParent }) => {
    const read: GroupRead = { group, expectedParent };
    if (expectedParent !== undefined && wordApi13) read.parent = group.container.parentContentControlOrNullObject.load("tag");
    return read;
  });

  return {
    problems() {
      const problems: BuildProblem[] = [];
      for (const { built: b, paragraphs, parent } of reads) {
        const tag = b.node.tag;
        // A single top-level block still carries its group's pending tag here; it gets its own last.
        const group = b.expectedParentTag === null ? groupReads.find((g) => g.group.container === b.control) : undefined;
        const expectedTag = group ? group.group.pendingTag : tag;
        if (b.control.tag !== expectedTag) problems.push({ tag, kind: "wrong-tag" });
        if (parent && parent.tag !== b.expectedParentTag) problems.push({ tag, kind: "wrong-parent" });
        const expected = planParagraphs(b.node);
        const got = paragraphs.items.map((p) => p.text);
        // An empty paragraph of a control may read as that control's placeholder (38).
        const same = (text: string, i: number) => text === expected[i].text || (expected[i].text === "" && readsAsEmpty(text, expected[i].placeholder));
        if (got.length !== expected.length || !got.every(same)) problems.push({ tag, kind: "wrong-text" });
      }
      for (const g of groupReads) {
        if (!g.parent) continue;
        const parentTag = g.parent.isNullObject ? null : g.parent.tag;
        if (parentTag !== g.expectedParent) problems.push({ tag: g.group.single?.tag ?? g.group.pendingTag, kind: "inside-other-control" });
      }
      return problems;
    },
    receipt() {
      // A group's blocks: the single block itself, or the controls made directly in its wrapper.
      const wrappers = new Set(groupReads.filter((g) => !g.group.single).map((g) => g.group.pendingTag));
      const topLevel = reads.filter((r) => r.built.expectedParentTag === null || wrappers.has(r.built.expectedParentTag));
      return {
        controlIds: topLevel.map((r) => r.built.control.id),
        allControlIds: reads.map((r) => r.built.control.id),
        texts: topLevel.map((r) => r.paragraphs.items.map((p) => p.text)),
      };
    },
  };
}

/** An empty paragraph of a control may read as its placeholder, or as Word's own where none was set (web, 38/66). */
function readsAsEmpty(text: string, placeholderText: string | undefined): boolean {
  return isShowingPlaceholder(text, placeholderText ?? "") || isShowingPlaceholder(text, "");
}
