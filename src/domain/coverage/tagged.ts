/**
 * Coverage of sections the add-in inserted: the response control decides (its text against its
 * placeholder). Sections whose response control was deleted are read from the section's text.
 */
import type { Inspection } from "../catalog/types";
import type { DocumentSnapshot, SnapshotControl } from "../snapshot";
import { parseTag } from "../tags";
import { judgeResponse, type ResponseVerdict } from "./answered";
import { bestQuote, quoteIndex } from "./anchors";
import type { RecProfile } from "./profile";
import { cleanText } from "./text";

export interface TaggedFinding extends ResponseVerdict {
  tag: string;
  response: string;
}

interface TagGroup {
  sections: SnapshotControl[];
  responses: SnapshotControl[];
}

const rank = (s: string) => (s === "answered" ? 3 : s === "deferred" ? 2 : 1);

/** The section's own words, minus its heading: recommendation number labels and quoted text. */
function sectionResponseText(section: SnapshotControl, snapshot: DocumentSnapshot, rec: RecProfile): string {
  const paras = snapshot.paragraphs.filter((p) => p.controlTags?.includes(section.tag));
  const texts = paras.length ? paras.map((p) => p.text) : section.text.split(/[\r\n\v]+/);
  const idx = quoteIndex([rec]);
  return texts
    .map(cleanText)
    .filter((t) => t && !/^(?:\d+[.)]\s*)?(?:recommendation|rec\.?)\s*\d+\s*[:.]?\s*$/i.test(t))
    .filter((t) => !bestQuote(t.replace(/^(?:\d+[.)]\s*)?(?:recommendation|rec\.?)\s*\d+\s*[:.\-–]?\s*/i, ""), [rec], idx))
    .join("\n")
    .trim();
}

/**
 * Findings per catalog id (recommendation or part id) for the tags of this inspection, plus the
 * paragraph indexes inside tagged sections (free-text reading leaves those alone).
 */
export function analyseTagged(snapshot: DocumentSnapshot, inspection: Inspection, recs: RecProfile[], notes: string[]) {
  const groups = new Map<string, TagGroup>();
  const known = new Set<string>();
  for (const r of inspection.recommendations) {
    known.add(r.id);
    for (const p of r.parts) known.add(p.id);
  }
  const otherInspections = new Set<string>();
  const unknownRecs = new Set<string>();
  for (const c of snapshot.controls) {
    const t = parseTag(c.tag);
    if (!t || (t.kind !== "section" && t.kind !== "response")) continue;
    if (t.inspectionId !== inspection.id) {
      otherInspections.add(t.inspectionId);
      continue;
    }
    if (!known.has(t.recId)) {
      unknownRecs.add(t.recId);
      continue;
    }
    const g = groups.get(t.recId) ?? { sections: [], responses: [] };
    (t.kind === "section" ? g.sections : g.responses).push(c);
    groups.set(t.recId, g);
  }
  for (const id of otherInspections) notes.push(`The document has sections tagged for another inspection (${id}); they were not counted.`);
  for (const id of unknownRecs) notes.push(`A section is tagged for recommendation "${id}", which is not in this inspection.`);

  const findings = new Map<string, TaggedFinding>();
  for (const [id, g] of groups) {
    const recIndex = recs.findIndex((r) => r.id === id);
    // The pane selects the whole section; the response's tag only when the section control is gone.
    const where = g.sections[0]?.tag;
    const verdicts: TaggedFinding[] = g.responses.map((c) => ({ ...judgeResponse(c.text, c.placeholderText), tag: where ?? c.tag, response: c.text }));
    if (!verdicts.length && recIndex >= 0) {
      // The response control is gone (deleted, or stripped by a paste): read what is left of the section.
      for (const s of g.sections) {
        const text = sectionResponseText(s, snapshot, recs[recIndex]);
        const v = judgeResponse(text);
        verdicts.push({ ...v, confidence: Math.min(v.confidence, 0.8), tag: s.tag, response: text });
      }
      if (g.sections.length) notes.push(`Recommendation ${recs[recIndex].number}'s response control is missing; its section text was read instead.`);
    }
    if (!verdicts.length) continue;
    const copies = Math.max(g.sections.length, g.responses.length);
    const number = recIndex >= 0 ? `Recommendation ${recs[recIndex].number}` : `Part ${id}`;
    if (copies > 1) notes.push(`${number} has ${copies} sections in the document (pasted twice?); the most complete one was counted.`);
    findings.set(id, verdicts.reduce((a, b) => (rank(b.status) > rank(a.status) || (rank(b.status) === rank(a.status) && b.confidence > a.confidence) ? b : a)));
  }

  // Paragraphs inside the add-in's own controls are not free text: sections and responses are
  // settled by their tags (whichever inspection or recommendation they belong to), and inserted
  // wording or blocks (opening, closing, signature) answer nothing. The recommendation-text block
  // stays readable: when its section control is gone, it is still the recommendation's heading.
  const inTagged = new Set<number>();
  snapshot.paragraphs.forEach((p, i) => {
    if (p.controlTags?.some(isAddInText)) inTagged.add(i);
  });
  return { findings, inTagged };
}

function isAddInText(tag: string): boolean {
  const t = parseTag(tag);
  if (!t) return false;
  if (t.kind === "other") return !t.name.startsWith("rec-text:");
  return true;
}
