/**
 * The document's one selection (WORD-SEMANTICS 39): where it starts after a load, and how a
 * selection change is written down in the selection log (WORD-SEMANTICS 69).
 */
import type { DocSpec } from "./modelSpec";
import { paragraphsIn } from "./modelTree";
import type { ControlNode, RangeRef, StoryNode } from "./modelTypes";

/** One change of the selection (WORD-SEMANTICS 69): who moved it, how, and where it went. */
export interface SelectionLogEntry {
  source: "api" | "user" | "test";
  /**
   * How: the API member ("ContentControl.select", "Range.select"…), a person's action in the
   * preview ("setCursor", "splitParagraph", "deleteParagraph", or the model event the page sent:
   * "selection", "content"), or "load".
   */
  kind: string;
  /** Where it went: "p3:0-4" (text), "control 2:Whole", "paragraph p4:After", "story MainDoc:Whole", "span p1..p3". */
  at?: string;
}

/** A short, stable description of a selection for the log and for test messages. */
export function describeSelection(r: RangeRef): string {
  if (r.kind === "text") return `${r.para.id}:${r.start}-${r.end}`;
  if (r.kind === "span") return `span ${nodeName(r.from)}..${nodeName(r.to)}`;
  const n = r.node;
  if (n.kind === "story") return `story ${n.type}:${r.part}`;
  return `${n.kind} ${n.kind === "paragraph" ? n.id : n.kind === "control" ? n.id : n.id}:${r.part}`;
}

function nodeName(n: { kind: string; id: string | number }): string {
  return n.kind === "paragraph" ? String(n.id) : `${n.kind} ${n.id}`;
}

/** A new document's cursor: the start of the body's first paragraph. */
export function defaultSelection(body: StoryNode): RangeRef {
  const first = paragraphsIn(body.children)[0];
  return { kind: "text", para: first, start: 0, end: 0 };
}

/** The spec's starting selection: in the first paragraph with that text, or on the control with that tag. */
export function resolveSelectionSpec(stories: StoryNode[], controls: ControlNode[], sel: NonNullable<DocSpec["selection"]>): RangeRef | undefined {
  if ("paragraphText" in sel) {
    const para = stories.flatMap((s) => paragraphsIn(s.children)).find((p) => p.text === sel.paragraphText);
    return para ? { kind: "text", para, start: sel.offset ?? 0, end: sel.offset ?? 0 } : undefined;
  }
  const cc = controls.find((c) => c.tag === sel.controlTag);
  return cc ? { kind: "node", node: cc, part: "Whole" } : undefined;
}
