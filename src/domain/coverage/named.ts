/**
 * Which of the catalog's inspections a document names: its full title, or an HMICFRS portal
 * reference ("#21866") of the inspection or of one of its recommendations. A reviewer checking a
 * folder of letters against one inspection must hear when a letter is about another one: checked
 * against the wrong recommendations, its key findings can read as answers.
 */
import type { Inspection } from "../catalog/types";
import { straightPunctuation } from "./text";

/** Titles shorter than this ("Final report") name no inspection in particular. */
const MIN_TITLE = 25;

/** Case, quotes, dashes and spacing as a title is typed in one letter or another. */
function comparable(text: string): string {
  // Runs of whitespace, and single whitespace other than a space, as one space: the same as replacing
  // every /\s+/, without rewriting each single space of a whole document (12,000 paragraphs: 32–52 ms
  // a check before, 16–20 ms after).
  return straightPunctuation(text.toLowerCase())
    .replace(/`/g, "'")
    .replace(/\s{2,}|[^\S ]/g, " ");
}

/** The portal references an inspection is known by: its own and its recommendations'. */
const referencesOf = (inspection: Inspection): string[] =>
  [inspection.portalId, ...inspection.recommendations.map((r) => r.portalId)].filter((id): id is string => Boolean(id && /^\d{4,}$/.test(id)));

/** The ids of the inspections `text` names, in catalog order. */
export function inspectionsNamed(text: string, inspections: readonly Inspection[]): string[] {
  const plain = comparable(text);
  const references = new Set(Array.from(text.matchAll(/#(\d{4,})\b/g), (m) => m[1]));
  return inspections
    .filter((inspection) => {
      const title = comparable(inspection.title).trim();
      return (title.length >= MIN_TITLE && plain.includes(title)) || referencesOf(inspection).some((id) => references.has(id));
    })
    .map((inspection) => inspection.id);
}

/**
 * A note when the document names other inspections and never the one it is checked against, else
 * null. Naming both (a letter that mentions phase one while answering phase two) is no sign.
 */
export function otherInspectionNote(text: string, checked: Inspection, inspections: readonly Inspection[]): string | null {
  const named = inspectionsNamed(text, inspections);
  if (named.length === 0 || named.includes(checked.id)) return null;
  const others = named.map((id) => inspections.find((i) => i.id === id)!);
  const list = others.map((i) => `“${i.shortTitle || i.title}” (${i.id})`).join(", ");
  return `The document names ${others.length === 1 ? "another inspection" : "other inspections"}, ${list}, and not “${checked.shortTitle || checked.title}” (${checked.id}), which it was checked against: make sure it is the right inspection.`;
}
