/**
 * Areas for improvement (PEEL) a response leaves unanswered. They are not recommendations: s.55
 * does not require an answer to them, so "Ready to publish?" lists them apart, as optional, and
 * they never count in the coverage headline. Pure: a snapshot and the inspection in.
 *
 * An area is found by its label ("Area for improvement 2", "AFI 2") or by its text quoted near
 * verbatim; its answer is what follows, up to the next label (area or recommendation), a heading
 * or the add-in's own text, judged as any response is (answered.ts).
 */
import type { Inspection, Recommendation } from "../catalog/types";
import type { DocumentSnapshot } from "../snapshot";
import { parseTag } from "../tags";
import { bestQuote, quoteIndex, toLines, type Line } from "./anchors";
import { judgeResponse } from "./answered";
import { profileInspection, type RecProfile } from "./profile";
import { SIGN_OFF } from "./signOff";
import { contentWords } from "./text";
import { isAnswered, type CoverageLocation } from "./types";

export interface AreaCoverage {
  areaId: string;
  number: number;
  /** "answered" covers deferred too (handed to another body with a reason). */
  status: "answered" | "unanswered" | "missing";
  location?: CoverageLocation;
}

const AREA_LABEL = /^(?:\(?\d{1,3}[.)]\s*)?(?:areas?\s+for\s+improvement|afi)\s*(?:no\.?\s*|number\s*)?(\d{1,3})\b\s*[:.\-–)]?\s*/i;
/** What ends an area's answer besides a heading: a recommendation or cause of concern label. */
const OTHER_LABEL = /^(?:\(?\d{1,3}[.)]\s*)?(?:recommendations?\b|rec\.?\s*\d|r\d{1,3}\b|causes?\s+of\s+concern\b)/i;

/** Profiles are built per inspection object: keep one stand-in inspection per areas list. */
const standIns = new WeakMap<Recommendation[], Inspection>();
function areasAsInspection(inspection: Inspection, areas: Recommendation[]): Inspection {
  let made = standIns.get(areas);
  if (!made) {
    made = { ...inspection, recommendations: areas, areasForImprovement: undefined };
    standIns.set(areas, made);
  }
  return made;
}

export function areasForImprovementCoverage(snapshot: DocumentSnapshot, inspection: Inspection): AreaCoverage[] {
  const areas = inspection.areasForImprovement ?? [];
  if (!areas.length) return [];
  const profiles = profileInspection(areasAsInspection(inspection, areas));
  const idx = quoteIndex(profiles);
  const byNumber = new Map(areas.map((a, i) => [a.number, i]));
  // The add-in's own sections and blocks answer recommendations, never an area.
  const paragraphs = snapshot.paragraphs ?? [];
  const lines = toLines(paragraphs, (i) => (paragraphs[i].controlTags ?? []).some((t) => parseTag(t) !== null));

  // Which area each line names, if any: the quoted words outrank the label's number.
  const named: (number | null)[] = lines.map((l) => {
    if (l.stop) return null;
    const label = AREA_LABEL.exec(l.text);
    const rest = label ? l.text.slice(label[0].length) : l.text;
    const quote = bestQuote(rest, profiles, idx);
    if (quote && (label || quote.strong)) return quote.rec;
    if (label) return byNumber.get(Number(label[1])) ?? null;
    return null;
  });

  // A line quoting one of the recommendations starts that recommendation's section.
  const recs = profileInspection(inspection);
  const recIdx = quoteIndex(recs);
  const quotesRec = (text: string) => quotes(text, recs, recIdx);

  const found = new Map<number, { line: number; answer: string }>();
  named.forEach((area, i) => {
    if (area === null) return;
    // A heading split over lines names the same area again: it is one heading.
    if (i > 0 && named[i - 1] === area) return;
    const answer: string[] = [];
    const label = AREA_LABEL.exec(lines[i].text);
    const inline = label ? lines[i].text.slice(label[0].length) : "";
    if (inline && !bestQuote(inline, profiles, idx) && contentWords(inline).length >= 3) answer.push(inline);
    for (let j = i + 1; j < lines.length && !ends(lines[j], named[j], area) && !quotesRec(lines[j].text); j++) if (named[j] !== area) answer.push(lines[j].text);
    const seen = found.get(area);
    // Named twice (a summary list, then the answers): the fuller answer counts.
    if (!seen || (!isAnswered(judgeResponse(seen.answer).status) && answer.join(" ").length > seen.answer.length)) found.set(area, { line: i, answer: answer.join("\n") });
  });

  return areas.map((a, k): AreaCoverage => {
    const f = found.get(k);
    if (!f) return { areaId: a.id, number: a.number, status: "missing" };
    const status = isAnswered(judgeResponse(f.answer).status) ? "answered" : "unanswered";
    return { areaId: a.id, number: a.number, status, location: { paragraphIndex: lines[f.line].para } };
  });
}

/** What ends an area's answer: the add-in's text, a heading, another label, or another area's words. */
function ends(line: Line, names: number | null, area: number): boolean {
  return !!line.stop || line.heading !== undefined || AREA_LABEL.test(line.text) || OTHER_LABEL.test(line.text) || SIGN_OFF.test(line.text) || (names !== null && names !== area);
}

const quotes = (text: string, recs: RecProfile[], idx: Map<number, number[]>) => recs.length > 0 && (bestQuote(text.replace(/^\(?\d{1,3}[.)]\s*/, ""), recs, idx)?.strong ?? false);
