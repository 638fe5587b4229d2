/**
 * Documents for component tests, built the way Word would report them after the add-in inserted a
 * plan: every paragraph knows the controls around it, every control its text (an empty control
 * reports its placeholder text). The response texts are our own words, not a real office's.
 */
import type { Plan, PlanNode } from "../../src/domain/plan";
import type { DocumentSnapshot, SnapshotControl, SnapshotParagraph } from "../../src/domain/snapshot";
import { parseTag } from "../../src/domain/tags";

/**
 * The snapshot of a document holding `plan`, with the response of each recommendation id in
 * `responses` written in, and the sections of `deleted` recommendation ids removed.
 */
export function snapshotFromPlan(plan: Plan, responses: Record<string, string> = {}, deleted: string[] = []): DocumentSnapshot {
  const paragraphs: SnapshotParagraph[] = [];
  const controls: SnapshotControl[] = [];

  /** Adds the nodes' paragraphs and controls; returns their paragraph texts. */
  const walk = (nodes: PlanNode[], tags: string[]): string[] => {
    const texts: string[] = [];
    for (const node of nodes) {
      if (node.kind === "paragraph") {
        paragraphs.push({ text: node.text, style: node.style, controlTags: [...tags] });
        texts.push(node.text);
        continue;
      }
      const parsed = parseTag(node.tag);
      if (parsed && parsed.kind === "section" && deleted.includes(parsed.recId)) continue;
      const written = parsed && parsed.kind === "response" ? responses[parsed.recId] : undefined;
      const entry: SnapshotControl = { tag: node.tag, title: node.title, text: "", placeholderText: node.placeholderText ?? "" };
      controls.push(entry);
      let inner: string[];
      if (written !== undefined) {
        paragraphs.push({ text: written, style: "Normal", controlTags: [...tags, node.tag] });
        inner = [written];
      } else {
        inner = walk(node.children, [...tags, node.tag]);
      }
      const text = inner.join("\n");
      // Word reports an empty control's placeholder text as its text.
      entry.text = text.trim() ? text : entry.placeholderText;
      texts.push(...inner);
    }
    return texts;
  };
  walk(plan.nodes, []);
  return { paragraphs, controls, storedInspection: null };
}
