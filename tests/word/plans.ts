/**
 * Plans built by hand in the shape compose produces (a section per recommendation: heading,
 * protected recommendation text, response with placeholder), so adapter tests do not depend on
 * compose. Recommendation texts come from the real catalog; letter prose is our own.
 */
import catalog from "../../assets/catalog.json";
import { parseCatalog, type Inspection } from "../../src/domain/catalog";
import type { Plan, PlanControl, PlanNode } from "../../src/domain/plan";
import { blockTag, coverageTableTag, responseTag, sectionTag, sectionTagPrefix } from "../../src/domain/tags";
import type { TableSpec } from "../../src/word/port";

export const inspections: Inspection[] = parseCatalog(catalog).inspections;
export const inspectionWith = (count: number): Inspection => {
  const found = inspections.find((i) => i.recommendations.length === count);
  if (!found) throw new Error(`no catalog inspection with ${count} recommendations`);
  return found;
};

/** A made-up inspection with `count` recommendations, for size tests. */
export function syntheticInspection(count: number): Inspection {
  return {
    id: `synthetic-${count}`,
    title: `Synthetic inspection with ${count} recommendations`,
    shortTitle: `Synthetic ${count}`,
    publishedOn: "2024-03-01",
    inspectorates: ["HMICFRS"],
    type: "thematic",
    portalId: null,
    complete: true,
    recommendations: Array.from({ length: count }, (_, i) => ({
      id: `r${i + 1}`,
      number: i + 1,
      portalId: null,
      text: `By the end of the year, chief constables should make improvement number ${i + 1}.`,
      addressees: ["chief constables"],
      localResponseExpected: true,
      due: null,
      parts: [],
    })),
  };
}

export const placeholderFor = (n: number) => `Type the response to recommendation ${n} here.`;

export interface PlanShape {
  /** Sections start with a heading paragraph (false: with the protected recommendation text). */
  heading?: boolean;
  /** Opening and closing blocks around the sections. */
  blocks?: boolean;
}

export function sectionNode(inspection: Inspection, index: number, shape: PlanShape = {}): PlanControl {
  const rec = inspection.recommendations[index];
  const children: PlanNode[] = [];
  if (shape.heading !== false) children.push({ kind: "paragraph", text: `Recommendation ${rec.number}`, style: "Heading2" });
  children.push({
    kind: "control",
    tag: blockTag(`rec-text:${inspection.id}:${rec.id}`),
    title: `Recommendation ${rec.number} text`,
    cannotEdit: true,
    children: [
      { kind: "paragraph", text: rec.text, style: "Quote" },
      ...rec.parts.map((p) => ({ kind: "paragraph" as const, text: p.text, style: "ListBullet" as const })),
    ],
  });
  children.push({ kind: "paragraph", text: "Response", style: "Heading3" });
  children.push({
    kind: "control",
    tag: responseTag(inspection.id, rec.id),
    title: `Response to recommendation ${rec.number}`,
    placeholderText: placeholderFor(rec.number),
    children: [{ kind: "paragraph", text: "", style: "Normal" }],
  });
  return { kind: "control", tag: sectionTag(inspection.id, rec.id), title: `Recommendation ${rec.number}`, cannotDelete: true, children };
}

export function planFor(inspection: Inspection, shape: PlanShape = {}): Plan {
  const sections = inspection.recommendations.map((_, i) => sectionNode(inspection, i, shape));
  if (shape.blocks === false) return { inspectionId: inspection.id, nodes: sections };
  const opening: PlanControl = {
    kind: "control",
    tag: blockTag("opening"),
    title: "Opening",
    children: [
      { kind: "paragraph", text: `Response to: ${inspection.shortTitle}`, style: "Heading1" },
      { kind: "paragraph", text: "This is our response to the recommendations of the report.", style: "Normal" },
    ],
  };
  const closing: PlanControl = {
    kind: "control",
    tag: blockTag("closing"),
    title: "Closing",
    children: [{ kind: "paragraph", text: "Signed on behalf of the Commissioner.", style: "Normal" }],
  };
  return { inspectionId: inspection.id, nodes: [opening, ...sections, closing] };
}

/** The coverage table the pane asks for (one row per status given), as putTable takes it. */
export const coverageTableSpec = (inspection: Inspection, statuses: string[]): TableSpec => ({
  tag: coverageTableTag(inspection.id),
  title: "Recommendations and responses",
  rows: [["No.", "Recommendation", "Status"], ...statuses.map((s, i) => [String(i + 1), `Recommendation ${i + 1}`, s])],
  widths: [40, 300, 110],
  afterSectionsOf: sectionTagPrefix(inspection.id),
});
