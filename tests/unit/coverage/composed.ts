/**
 * A response freshly inserted by the add-in (compose's plan), read back the way src/word reads a
 * document: one paragraph per plan paragraph with the tags of the controls around it, and every
 * control with its text (empty while it shows its placeholder). Tests then type into it.
 */
import { composeResponse, composeSections } from "../../../src/domain/compose";
import { findStyle } from "../../../src/domain/compose/styles";
import type { Inspection } from "../../../src/domain/catalog/types";
import type { PlanNode } from "../../../src/domain/plan";
import type { DocumentSnapshot } from "../../../src/domain/snapshot";
import { responseTag } from "../../../src/domain/tags";
import { controls, exampleshire, lines, TODAY, type Line } from "../compose/helpers";

export interface ComposedDoc {
  lines: Line[];
  /** Control tags and placeholders, in document order. */
  controls: { tag: string; title: string; placeholderText: string }[];
}

function fromNodes(nodes: PlanNode[]): ComposedDoc {
  return {
    lines: lines(nodes).map((l) => ({ ...l, tags: [...l.tags] })),
    controls: controls(nodes).map((c) => ({ tag: c.tag, title: c.title, placeholderText: c.placeholderText ?? "" })),
  };
}

const narrative = () => {
  const style = findStyle("narrative-letter");
  if (!style) throw new Error("the built-in narrative-letter style is missing");
  return style;
};

/** The whole narrative letter, as "Insert response" puts it in the document. */
export const composedLetter = (insp: Inspection) => fromNodes(composeResponse(insp, narrative(), exampleshire, { today: TODAY }).nodes);

/** Only the sections of the given recommendations, as "Insert section" puts them. */
export const composedSections = (insp: Inspection, recIds: string[]) => fromNodes(composeSections(insp, narrative(), exampleshire, recIds, { today: TODAY }));

/** Types `text` into a recommendation's response control, replacing what is there. */
export function typeResponse(doc: ComposedDoc, inspectionId: string, recId: string, text: string): void {
  const tag = responseTag(inspectionId, recId);
  const line = doc.lines.find((l) => l.tags.at(-1) === tag);
  if (!line) throw new Error(`no response control ${tag}`);
  line.text = text;
}

/** Adds a paragraph outside every control, after the line whose text starts with `after` (at the end when absent). */
export function typeParagraph(doc: ComposedDoc, text: string, after?: string): void {
  const at = after === undefined ? doc.lines.length : doc.lines.findIndex((l) => l.text.startsWith(after)) + 1;
  if (at === 0) throw new Error(`no paragraph starting ${JSON.stringify(after)}`);
  doc.lines.splice(at, 0, { text, style: "Normal", tags: [] });
}

export function snapshotOf(doc: ComposedDoc): DocumentSnapshot {
  return {
    paragraphs: doc.lines.map((l) => ({ text: l.text, style: l.style, controlTags: [...l.tags] })),
    controls: doc.controls.map((c) => ({
      ...c,
      text: doc.lines
        .filter((l) => l.tags.includes(c.tag))
        .map((l) => l.text)
        .join("\n"),
    })),
    storedInspection: null,
  };
}
