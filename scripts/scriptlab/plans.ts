/**
 * The plans the Script Lab snippet builds (scripts/scriptlab/generate.cjs runs this at generation
 * time and writes the result into the snippet): one section per built-in house style, composed by
 * src/domain exactly as the pane composes "insert the section for this recommendation". Each style
 * gets a different recommendation, so every section has its own tags and all of them can stand in
 * one document; between them they cover sub-parts (bulleted paragraphs in the locked text) and a
 * recommendation addressed to other bodies (a response that already holds wording).
 */
import catalog from "../../assets/catalog.json";
import { parseCatalog } from "../../src/domain/catalog";
import { builtInStyles, composeSectionsDraft } from "../../src/domain/compose";
import type { Plan } from "../../src/domain/plan";
import { NORTHVALE } from "../../tests/support/exampleOffice";

export interface SnippetPlan {
  /** The house style's id. */
  style: string;
  /** Its display name. */
  name: string;
  plan: Plan;
}

const SETTINGS = NORTHVALE;

/** Fixed, so the generated snippet is the same every time it is generated. */
const TODAY = new Date(2022, 2, 10, 9, 0);

/** Recommendations worth building first: a plain one, one with sub-parts, one addressed elsewhere. */
const PREFERRED = [
  ["cjji-rape-phase-1-2021", "r1"],
  ["hmicfrs-vawg-final-2021", "r2"],
  ["cjji-rape-phase-1-2021", "r8"],
];

export function snippetPlans(): SnippetPlan[] {
  const inspections = parseCatalog(catalog).inspections;
  const all = inspections.flatMap((i) => i.recommendations.map((r) => [i.id, r.id]));
  // The preferred ones first, then any other recommendation, should there be more styles.
  const picks = [...PREFERRED, ...all.filter(([i, r]) => !PREFERRED.some(([pi, pr]) => pi === i && pr === r))];
  if (picks.length < builtInStyles.length) throw new Error("The catalog has fewer recommendations than there are built-in house styles.");
  return builtInStyles.map((style, n) => {
    const [inspectionId, recId] = picks[n];
    const inspection = inspections.find((i) => i.id === inspectionId);
    if (!inspection?.recommendations.some((r) => r.id === recId)) throw new Error(`The catalog has no recommendation ${recId} of ${inspectionId}.`);
    const draft = composeSectionsDraft(inspection, style, SETTINGS, [recId], { today: TODAY });
    if (draft.problems.length > 0) throw new Error(`Composing the ${style.id} section: ${draft.problems.join(" ")}`);
    return { style: style.id, name: style.name, plan: draft.plan };
  });
}
