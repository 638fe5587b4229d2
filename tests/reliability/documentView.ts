/**
 * The emulated document read two ways, straight from the host's model (the ground truth, not the
 * adapter's own snapshot, which is one of the things under test):
 *
 * - "raw": what Word holds, tracked deletions included. Word keeps deleted text in
 *   `paragraph.text` and a deleted control in the document until the deletion is accepted
 *   (WORD-SEMANTICS 54, 55), so this is also what the add-in's own reads see.
 * - "reviewed": the document as it will be once the pending changes are accepted, i.e. Word's
 *   `getReviewedText("Current")`: a control deleted under tracking is left out with all it holds,
 *   a paragraph deleted as a whole is left out, deleted spans are cut out of a paragraph's text;
 *   tracked insertions stay in. With Track Changes off, both readings are the same.
 */
import type { WordDocumentModel } from "../../src/preview/emulator/model";
import type { BlockNode, ControlNode, ParagraphNode } from "../../src/preview/emulator/modelTypes";

export type Reading = "raw" | "reviewed";

export interface Line {
  node: BlockNode;
  /** Nesting depth in controls (0: top level of the body). */
  depth: number;
  /** The controls around the block, outermost first. */
  controls: ControlNode[];
  /** A paragraph's text in this reading ("" for controls and tables). */
  text: string;
}

const deletedControl = (c: ControlNode) => c.changeTrackingState === "Deleted";

function whollyDeleted(model: WordDocumentModel, p: ParagraphNode): boolean {
  return model.trackedChanges.some((c) => c.para === p && c.wholeParagraph && c.type === "Deleted" && !c.control);
}

function reviewedText(model: WordDocumentModel, p: ParagraphNode): string {
  const spans = model.trackedChanges.filter((c) => c.para === p && !c.wholeParagraph && c.type === "Deleted").sort((a, b) => b.start - a.start);
  let text = p.text;
  for (const s of spans) text = text.slice(0, s.start) + text.slice(s.end);
  return text;
}

/** The body's blocks in document order, in this reading. */
export function readDocument(model: WordDocumentModel, reading: Reading): Line[] {
  const lines: Line[] = [];
  for (const { node, depth, controls } of model.view()) {
    if (reading === "reviewed") {
      if (controls.some(deletedControl) || (node.kind === "control" && deletedControl(node))) continue;
      if (node.kind === "paragraph" && whollyDeleted(model, node)) continue;
    }
    const text = node.kind !== "paragraph" ? "" : reading === "reviewed" ? reviewedText(model, node) : node.text;
    lines.push({ node, depth, controls, text });
  }
  return lines;
}

export const paragraphLines = (lines: Line[]): Line[] => lines.filter((l) => l.node.kind === "paragraph");

/** The whole text, one paragraph a line. */
export const documentText = (lines: Line[]): string =>
  paragraphLines(lines)
    .map((l) => l.text)
    .join("\n");

/** The control this block sits directly in (its innermost control), if any. */
export const innermost = (line: Line): ControlNode | undefined => line.controls.at(-1);
