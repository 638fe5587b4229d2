/**
 * Coverage: which recommendations of an inspection a document answers. Pure: a snapshot of the
 * document and the inspection in, a report out. What counts as answered: ./answered.ts.
 */
import type { Inspection } from "../catalog/types";
import type { DocumentSnapshot } from "../snapshot";
import { judgeResponse, type Pointer } from "./answered";
import { analyseFreeText, type FreeFinding } from "./freeText";
import { passageTerms, profileInspection, profileParts, topicScore } from "./profile";
import { labelledParts, judgePart } from "./partLabels";
import { builtInWording, type WordingSnippet } from "../wording";
import { explainsActionOrReason } from "./s55";
import { isDefaultDeferral, promptsLeft, standardWordingLibrary, uneditedWording, type StandardWordingLibrary } from "./standardWording";
import { analyseTagged } from "./tagged";
import { isCoverageTableTag } from "../tags";
import { breakdownOf, isAnswered, type CoverageReport, type CoverageWarning, type PartCoverage, type RecommendationCoverage } from "./types";

export * from "./types";
export { judgeResponse } from "./answered";

/** Beyond this many paragraphs we say so: the check still reads all of it. */
const LONG_DOCUMENT = 5000;

export interface AnalyseOptions {
  /** The office's wording library, to recognise standard wording and its prompts (default: the built-in one). */
  wording?: readonly WordingSnippet[];
}

export function analyse(snapshot: DocumentSnapshot, inspection: Inspection, options: AnalyseOptions = {}): CoverageReport {
  const standard = standardWordingLibrary(options.wording ?? builtInWording);
  const notes: string[] = [];
  const paragraphs = snapshot.paragraphs ?? [];
  const recs = profileInspection(inspection);
  if (!recs.length) notes.push("This inspection lists no recommendations.");
  if (!paragraphs.some((p) => p.text && p.text.trim())) notes.push("The document has no text.");
  else if (paragraphs.length > LONG_DOCUMENT) notes.push(`Long document (${paragraphs.length} paragraphs): read in full.`);
  if (snapshot.trackedDeletions === "unknown")
    notes.push("This version of Word cannot leave out changes still being tracked: text or sections deleted with Track Changes on count until the deletion is accepted.");
  else if (snapshot.trackedDeletions === "textOnly")
    notes.push("Text deleted with Track Changes on was left out, but this version of Word still lists deleted sections: accept or reject the tracked deletions for an exact count.");
  // The add-in's own coverage table is no part of the letter's text (freeText skips it too: ./tagged).
  if (paragraphs.some((p) => p.inTable && !p.controlTags?.some(isCoverageTableTag))) notes.push("Part of the document is in tables; table cells were read in order.");

  const tagged = analyseTagged({ ...snapshot, paragraphs, controls: snapshot.controls ?? [] }, inspection, recs, notes);
  const free = analyseFreeText(paragraphs, (i) => tagged.inTagged.has(i), recs, notes);

  const pointers = new Map<number, Pointer>();
  const responses: string[] = [];
  const items: RecommendationCoverage[] = inspection.recommendations.map((rec, i) => {
    const t = tagged.findings.get(rec.id);
    const f = free.get(i);
    let item: RecommendationCoverage;
    let response = "";
    if (t) {
      // A tagged section is the recommendation's place: its response control decides. Text
      // elsewhere never turns an unanswered section into an answer; at most it makes us less sure.
      item = { recId: rec.id, number: rec.number, status: t.status, confidence: t.confidence, evidence: t.evidence, location: { tag: t.tag }, parts: [] };
      response = t.response;
      if (t.refersTo) pointers.set(i, t.refersTo);
      if (f && !isAnswered(t.status) && isAnswered(f.status)) {
        notes.push(`Recommendation ${rec.number}: its tagged section has no answer yet, though text elsewhere in the document may answer it.`);
        item.confidence = round(Math.min(item.confidence, 0.6));
      }
    } else if (f) {
      if (tagged.findings.size && f.status !== "missing") notes.push(`Recommendation ${rec.number} has no tagged section (content control deleted or stripped by a paste?); found by its text.`);
      item = { recId: rec.id, number: rec.number, status: f.status, confidence: f.confidence, evidence: f.evidence, location: { paragraphIndex: f.paragraphIndex }, parts: [] };
      response = f.response;
      if (f.refersTo) pointers.set(i, f.refersTo);
    } else {
      item = { recId: rec.id, number: rec.number, status: "missing", confidence: recs.length && free.size ? 0.85 : 0.7, evidence: "", parts: [] };
    }
    // A missing recommendation has nothing in the document to select.
    if (item.status === "missing") delete item.location;
    if (item.location && item.location.tag === undefined && item.location.paragraphIndex === undefined) delete item.location;
    item.parts = partsOf(inspection, i, item, response, tagged.findings);
    responses[i] = response;
    return item;
  });
  resolvePointers(items, pointers);
  responses.forEach((response, i) => {
    // An answer by reference is judged where it points.
    const warnings = pointers.has(i) || !response ? [] : wordingWarnings(items[i], response, standard);
    if (warnings.length) items[i].warnings = warnings;
  });

  const answered = items.filter((x) => isAnswered(x.status)).length;
  const breakdown = breakdownOf(items);
  return { inspectionId: inspection.id, items, summary: { answered, unanswered: items.length - answered, total: items.length }, breakdown, notes };
}

/**
 * Warnings for one answer, in the order a reviewer fixes them. A prompt left in makes it a
 * placeholder (text the office has not written is never an answer); standard wording exactly as
 * inserted keeps its status; an answered one that gives no action or reason keeps it too.
 */
function wordingWarnings(item: RecommendationCoverage, response: string, standard: StandardWordingLibrary): CoverageWarning[] {
  if (!isAnswered(item.status)) return [];
  const prompts = promptsLeft(response, standard);
  if (prompts.length) {
    item.status = "placeholder";
    item.parts = item.parts.map((part) => ({ ...part, status: "placeholder" }));
    return [{ code: "prompt-left", message: `A prompt for the author is still in the answer: ${prompts.map((p) => `“${p}”`).join(", ")}. Replace it with the office's own words.` }];
  }
  const wording = uneditedWording(response, standard);
  if (isDefaultDeferral(wording))
    return [{ code: "default-deferral", message: "Deferred with the standard wording, not yet reviewed: check it says what this office will do, in its own words." }];
  if (wording) return [{ code: "unedited-wording", message: "Standard wording exactly as inserted: make sure it says what this force has done or will do." }];
  if (item.status === "answered" && !explainsActionOrReason(response).explains)
    return [{ code: "no-action-or-reason", message: "No action or reason given: say what has been or will be done, or why nothing will be (Police Act 1996 s.55(5B))." }];
  return [];
}

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * "See above", "Please refer to recommendation 2": an answer by reference when the answer it
 * points to exists (moderately sure: the other answer may not fit this recommendation), and a
 * placeholder when it points to nothing. "Above" is the recommendation just before it in the
 * document (catalog order for tagged sections).
 */
function resolvePointers(items: RecommendationCoverage[], pointers: Map<number, Pointer>) {
  const where = (k: number) => items[k].location?.paragraphIndex ?? k;
  const present = items.map((_, k) => k).filter((k) => items[k].status !== "missing").sort((a, b) => where(a) - where(b));
  // A chain ("As above" under "See above") resolves in document order; two rounds settle forward ones.
  for (let round = 0; round < 2; round++) {
    for (const k of present) {
      const p = pointers.get(k);
      if (!p) continue;
      const at = present.indexOf(k);
      const targets =
        "numbers" in p ? items.flatMap((x, j) => (j !== k && p.numbers.includes(x.number) ? [j] : [])) : [present[p.direction === "above" ? at - 1 : at + 1]].filter((j) => j !== undefined);
      const answered = targets.find((j) => isAnswered(items[j].status));
      const item = items[k];
      const names = targets.map((j) => items[j].number).join(", ") || "nothing";
      if (answered !== undefined) {
        const to = items[answered];
        item.status = to.status;
        item.confidence = Math.min(0.6, to.confidence);
        item.evidence = `Refers to the response to recommendation ${to.number}: ${to.evidence}`;
        item.parts = item.parts.map((x) => ({ ...x, status: to.status, confidence: Math.min(x.confidence, 0.55) }));
      } else {
        item.status = "placeholder";
        item.evidence = `Refers to recommendation ${names}, which has no answer: ${item.evidence}`;
      }
    }
  }
}

/**
 * Sub-parts: their own tagged response decides; otherwise a part is answered when the
 * recommendation's response speaks to it (its distinctive terms), and shares a deferral or a gap.
 */
function partsOf(
  inspection: Inspection,
  recIndex: number,
  item: RecommendationCoverage,
  response: string,
  taggedFindings: Map<string, { status: PartCoverage["status"]; confidence: number; evidence: string }>,
): PartCoverage[] {
  const profiles = profileParts(inspection, recIndex);
  // Answered part by part ("(a) ...", "2.1 ..."): each label's text is that part's response.
  const labelled = response && profiles.length ? labelledParts(response, item.number, profiles.length) : null;
  const topicText = labelled ? labelled.rest : response;
  const terms = topicText && profiles.length ? passageTerms(topicText) : null;
  return profiles.map((p, k): PartCoverage => {
    const own = taggedFindings.get(p.id);
    if (own) return { partId: p.id, status: own.status, confidence: own.confidence, evidence: own.evidence };
    if (item.status !== "answered") return { partId: p.id, status: item.status, confidence: item.confidence * 0.9, evidence: item.evidence };
    const piece = labelled?.parts.get(k);
    if (piece !== undefined) {
      const v = judgePart(piece, p);
      return { partId: p.id, status: v.status, confidence: Math.min(v.confidence, item.confidence, 0.85), evidence: v.evidence || "Labelled, with nothing under it." };
    }
    const s = terms ? topicScore(terms, p).score : 0;
    if (s >= 1) return { partId: p.id, status: "answered", confidence: Math.min(0.85, 0.5 + 0.1 * s), evidence: judgeResponse(topicText).evidence };
    return { partId: p.id, status: "placeholder", confidence: 0.5, evidence: "The response does not speak to this part." };
  });
}

export type { FreeFinding };
