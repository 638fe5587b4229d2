/** Counts over a plan, for benches and for tests that check a plan's size. */
import type { Plan, PlanNode } from "../plan";
import { parseTag } from "../tags";

export interface PlanStats {
  paragraphs: number;
  controls: number;
  sections: number;
  responses: number;
  /** Deepest control nesting (a section holding a response is 2). */
  maxDepth: number;
  /** Characters of paragraph text. */
  characters: number;
}

export function planStats(plan: Plan): PlanStats {
  const stats: PlanStats = { paragraphs: 0, controls: 0, sections: 0, responses: 0, maxDepth: 0, characters: 0 };
  const walk = (nodes: readonly PlanNode[], depth: number) => {
    for (const n of nodes) {
      if (n.kind === "paragraph") {
        stats.paragraphs++;
        stats.characters += n.text.length;
        continue;
      }
      stats.controls++;
      stats.maxDepth = Math.max(stats.maxDepth, depth + 1);
      const tag = parseTag(n.tag);
      if (tag?.kind === "section") stats.sections++;
      if (tag?.kind === "response") stats.responses++;
      walk(n.children, depth + 1);
    }
  };
  walk(plan.nodes, 0);
  return stats;
}
