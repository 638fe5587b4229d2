/** Small readings of the emulator's model for assertions in emulator and adapter tests. */
import type { WordDocumentModel } from "../../src/preview/emulator/model";

/** Body paragraphs' texts in document order. */
export const bodyTexts = (model: WordDocumentModel): string[] => model.paragraphs().map((p) => p.text);

/** The body as an outline: "tag[ ... ]" for controls, the text for paragraphs. */
export function outline(model: WordDocumentModel): string[] {
  return model.view().map((v) => "  ".repeat(v.depth) + (v.node.kind === "paragraph" ? v.node.text : v.node.kind === "control" ? `[${v.node.tag}]` : "<table>"));
}

/** Rejection code of a promise, or "resolved". */
export const codeOf = async (p: Promise<unknown>): Promise<string> =>
  p.then(
    () => "resolved",
    (e: { code?: string }) => e.code ?? String(e),
  );
