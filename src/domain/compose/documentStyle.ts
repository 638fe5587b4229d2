/**
 * Which house style a document's sections were built with, read from the sections themselves
 * (issue 13): "Insert missing sections" must put a section back in the shape of the ones around it,
 * whatever style happens to be chosen in the pane. A section's shape is every paragraph of it
 * outside its response (heading, protected recommendation text, response label): the add-in wrote
 * them and the user rarely edits them (the recommendation text cannot be edited at all).
 */
import type { Inspection } from "../catalog/types";
import type { PlanNode } from "../plan";
import type { DocumentSnapshot } from "../snapshot";
import { parseTag, responseTag, sectionTag } from "../tags";
import type { OfficeSettings } from "../settings/types";
import type { HouseStyle } from "./types";
import { composeSections, type ComposeOptions } from "./index";

/** Sections compared: enough to be sure, few enough that it stays quick on a long response. */
const SAMPLE = 3;

const clean = (text: string) => text.replace(/[\s\u00a0]+/g, " ").trim();

/** The lines of a planned section outside its response control. */
function planShape(nodes: readonly PlanNode[], response: string): string[] {
  return nodes.flatMap((n) => (n.kind === "control" ? (n.tag === response ? [] : planShape(n.children, response)) : [clean(n.text)]));
}

/**
 * The id of the one style among `styles` whose sections look exactly like this inspection's
 * sections in the document; null when the document holds none, or no style (or more than one)
 * matches all of them (edited beyond recognition, or an office style since removed).
 */
export function documentSectionStyle(
  snapshot: Pick<DocumentSnapshot, "paragraphs" | "controls">,
  inspection: Inspection,
  styles: readonly HouseStyle[],
  settings: Partial<OfficeSettings>,
  options: Omit<ComposeOptions, "recommendationIds">,
): string | null {
  const present = new Set(snapshot.controls.flatMap((c) => {
    const t = parseTag(c.tag);
    return t?.kind === "section" && t.inspectionId === inspection.id ? [t.recId] : [];
  }));
  const recIds = inspection.recommendations.map((r) => r.id).filter((id) => present.has(id)).slice(0, SAMPLE);
  if (recIds.length === 0) return null;
  const shapes = recIds.map((recId) => {
    const section = sectionTag(inspection.id, recId);
    const response = responseTag(inspection.id, recId);
    return snapshot.paragraphs
      .filter((p) => p.controlTags?.includes(section) && !p.controlTags.includes(response))
      .map((p) => clean(p.text));
  });
  // Paragraph-level tags are what the comparison reads: without them the document cannot tell.
  if (shapes.every((s) => s.length === 0)) return null;
  const matching = styles.filter((style) =>
    recIds.every((recId, i) => {
      const planned = composeSections(inspection, style, settings, [recId], options);
      return JSON.stringify(planShape(planned, responseTag(inspection.id, recId))) === JSON.stringify(shapes[i]);
    }),
  );
  return matching.length === 1 ? matching[0].id : null;
}
