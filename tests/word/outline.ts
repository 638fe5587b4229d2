/** Reads the emulated document as a person would check it: one line per paragraph or control. */
import type { WordDocumentModel } from "../../src/preview/emulator/model";
import type { ControlNode, ParagraphNode } from "../../src/preview/emulator/modelTypes";

/** "  [ird:section:x:r1]" for a control, "    Heading 2: Recommendation 1" for a paragraph; two spaces per level. */
export function outline(model: WordDocumentModel): string[] {
  return model.view().map(({ node, depth, inTable }) => {
    const indent = "  ".repeat(depth);
    if (node.kind === "control") return `${indent}[${node.tag}]`;
    if (node.kind === "table") return `${indent}<table ${node.rows.length}x${node.rows[0]?.cells.length ?? 0}>`;
    return `${indent}${inTable ? "cell " : ""}${node.style}: ${node.text}`;
  });
}

export const controlsTagged = (model: WordDocumentModel, tag: string): ControlNode[] => model.allControls().filter((c) => c.tag === tag);

export const paragraphTexts = (model: WordDocumentModel): string[] => model.paragraphs().map((p: ParagraphNode) => p.text);

/** Text a person typed into a response: the paragraphs of the control with this tag. */
export function responseText(model: WordDocumentModel, tag: string): string[] | undefined {
  const cc = controlsTagged(model, tag)[0];
  if (!cc) return undefined;
  return model.view().filter((v) => v.controls.includes(cc) && v.node.kind === "paragraph").map((v) => (v.node as ParagraphNode).text);
}
