/**
 * One recommendation's section:
 *   section control            ird:section:<inspectionId>:<recId>, cannotDelete (no stray keypress
 *                              removes it; "Remove section" in the pane unlocks and removes it)
 *     heading paragraph        (if the style has one)
 *     rec-text control         ird:block:rec-text:<inspectionId>:<recId>, cannotEdit
 *       recommendation paragraph, then one paragraph per sub-part
 *     response label paragraph (if the style has one)
 *     response control         ird:response:<inspectionId>:<recId>, placeholder text;
 *       one paragraph: empty, or the deferred wording when no local response is expected
 */
import type { Inspection, Recommendation } from "../catalog/types";
import type { PlanControl, PlanNode } from "../plan";
import { responseTag, sectionTag } from "../tags";
import { findWording } from "../wording";
import type { WordingSnippet } from "../wording/types";
import { wordingValues, type WordingContext } from "../wording/values";
import { Filler, control, paragraph, recTextTag } from "./render";
import type { SectionShape } from "./types";

export function composeSection(
  inspection: Inspection,
  rec: Recommendation,
  shape: SectionShape,
  context: WordingContext,
  library: readonly WordingSnippet[],
  filler: Filler,
): PlanControl {
  const values = wordingValues({ ...context, inspection, recommendation: rec });
  const textValues = shape.quoted ? { ...values, recommendationText: `“${rec.text}”` } : values;
  const children: PlanNode[] = [];

  const heading = shape.heading && filler.paragraph(shape.heading, values);
  if (heading) children.push(heading);

  const textParas: PlanNode[] = [];
  const main = filler.paragraph(shape.text, textValues);
  if (main) textParas.push(main);
  rec.parts.forEach((part, i) => {
    const p = filler.paragraph(shape.part, wordingValues({ ...context, inspection, recommendation: rec, part: { number: i + 1, text: part.text } }));
    if (p) textParas.push(p);
  });
  children.push(control(recTextTag(inspection.id, rec.id), `Recommendation ${rec.number} text`, textParas, { cannotEdit: true }));

  const label = shape.responseLabel && filler.paragraph(shape.responseLabel, values);
  if (label) children.push(label);

  let responseText = "";
  if (!rec.localResponseExpected) {
    const snippet = findWording(library, shape.response.deferredWordingId);
    if (snippet) responseText = filler.fill(snippet.text, values);
    else filler.problems.push(`The wording "${shape.response.deferredWordingId}" for recommendations addressed to other bodies is not in the library; those responses are left empty.`);
  }
  children.push(
    control(responseTag(inspection.id, rec.id), `Response to recommendation ${rec.number}`, [paragraph(responseText, shape.response.style)], {
      placeholderText: filler.fill(shape.response.placeholderText, values),
    }),
  );

  // Never together with removeWhenEdited (WORD-SEMANTICS 29).
  return control(sectionTag(inspection.id, rec.id), filler.title(shape.title, values), children, { cannotDelete: true });
}
