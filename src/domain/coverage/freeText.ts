/**
 * Coverage of an untagged document: split it into recommendation sections at the headings found
 * by anchors.ts, then read each section's response the way a reviewer would.
 */
import type { SnapshotParagraph } from "../snapshot";
import type { CoverageStatus } from "./types";
import { findAnchors, toLines, type Anchor, type Line } from "./anchors";
import { findGroupDeferrals, namedRecs, type GroupDeferral } from "./groupDeferral";
import { isLabelOnly, judgeResponse, type Pointer } from "./answered";
import { markOtherFindings, saysResponseIsAttached, withoutReportFindings } from "./otherFindings";
import type { RecProfile } from "./profile";
import { topicVerdicts } from "./topics";
import { snippet } from "./text";

export interface FreeFinding {
  status: CoverageStatus;
  confidence: number;
  evidence: string;
  paragraphIndex?: number;
  /** The response text the status rests on (for sub-parts), "" when none. */
  response: string;
  /** The response only points to another answer (index.ts resolves it). */
  refersTo?: Pointer;
}

/** Letter endings: never part of the last recommendation's response. */
const CLOSING = /^(?:yours\s+(?:sincerely|faithfully|truly)|kind\s+regards|best\s+regards|warm\s+regards|regards,?$|with best wishes|signed\b|cc\b|enc(?:l|losure)?\b)|\bsignature\b/i;
/** Softer endings, cut only after the last section: "I look forward to...", "I hope this response...". */
const LAST_CLOSING =
  /\blook(?:ing)? forward to\b|^(?:i|we) (?:hope|trust) (?:this|that|the)\b|^(?:police and crime commissioner|pcc) for\b|^(?:please )?(?:do not hesitate|don't hesitate|feel free) to (?:contact|get in touch)|^if you (?:have|require|would like|need) (?:any )?(?:further|more|questions)/i;

/**
 * A section's lines, up to the next recommendation, a heading of its own rank or above (any
 * heading under a plain-text recommendation), the add-in's own text, or a sentence deferring
 * other recommendations. `cut` says it ended before the next recommendation.
 */
function sectionContent(lines: Line[], a: Anchor, to: number, last: boolean, groupAt: Map<number, number[]>) {
  const body: Line[] = [];
  const labels: string[] = [];
  const level = lines[a.line].heading;
  const inTable = lines[a.headEnd].inTable;
  let rowGoesOn = false;
  let cut = false;
  for (let i = a.headEnd + 1; i < to; i++) {
    const line = lines[i];
    const t = line.text;
    const named = groupAt.get(i);
    // A recommendation in a table row: its response is in the row's cells, not in the text after
    // the table. (A recommendation alone in a box is answered below it: the box has no more cells.)
    if (inTable && line.inTable) rowGoesOn = true;
    if (line.other || (inTable && rowGoesOn && !line.inTable) || line.stop || (line.heading !== undefined && (level === undefined || line.heading <= level)) || (named && !named.includes(a.rec))) {
      cut = true;
      break;
    }
    if (CLOSING.test(t) || (last && LAST_CLOSING.test(t))) break;
    if (isLabelOnly(t)) labels.push(t);
    else body.push(line);
  }
  return { body, labels, cut };
}

/** "Response to the recommendations:", "Response to Report and Recommendation:": one answer for several. */
const GENERAL_LABEL = /\b(?:recommendations|report|all|overall|general|combined|joint)\b/i;

/** Whether a passage names a recommendation by number ("recommendations 4 and 5") or portal id. */
const mentions = (text: string, rec: RecProfile, recs: RecProfile[]) => namedRecs(text, recs).includes(rec.index);

interface Occurrence {
  anchor: Anchor;
  status: CoverageStatus;
  confidence: number;
  evidence: string;
  response: string;
  paragraphIndex: number;
  refersTo?: Pointer;
  /** Member of a list of 3+ recommendations given together (weaker than its own section). */
  listed: boolean;
}

const rank = (s: CoverageStatus) => (s === "answered" ? 3 : s === "deferred" ? 2 : s === "placeholder" ? 1 : 0);

export function analyseFreeText(
  paragraphs: SnapshotParagraph[],
  skip: (index: number) => boolean,
  recs: RecProfile[],
  notes: string[],
): Map<number, FreeFinding> {
  const lines = toLines(paragraphs, skip);
  markOtherFindings(lines);
  const anchors = findAnchors(lines, recs, notes);
  if (!anchors.length && saysResponseIsAttached(lines)) notes.push("The letter says the response is attached or enclosed; it is not in this document, so it could not be checked.");
  const deferrals = findGroupDeferrals(lines, recs);
  const groupAt = new Map<number, number[]>();
  for (const g of deferrals) groupAt.set(g.line, [...(groupAt.get(g.line) ?? []), ...g.recs]);
  if (!anchors.length) return withGroupDeferrals(byTopicOnly(lines, recs, groupAt), deferrals, lines);
  const found = new Map<number, FreeFinding>();

  const occ: Occurrence[] = [];
  const labels: string[][] = [];
  const cuts: boolean[] = [];
  const contents = anchors.map((a, i) => {
    const to = i + 1 < anchors.length ? anchors[i + 1].line : lines.length;
    const { body, labels: l, cut } = sectionContent(lines, a, to, i === anchors.length - 1, groupAt);
    if (a.inline) body.unshift({ ...lines[a.line], text: a.inline });
    labels.push(l);
    cuts.push(cut && !body.length);
    return body;
  });

  // Runs: headings with nothing under them, then the one that has something. Either a missing
  // answer (the content belongs to the last heading) or a list with one combined response.
  let start = 0;
  for (let i = 0; i < anchors.length; i++) {
    // A heading cut off by another heading (or the add-in's text) is not one of a list: it stands alone.
    if (!contents[i].length && i + 1 < anchors.length && !cuts[i]) continue;
    const run = anchors.slice(start, i + 1);
    const content = contents[i];
    const text = content.map((l) => l.text).join("\n");
    const topics = run.length > 1 ? topicVerdicts(content, run.map((a) => recs[a.rec])) : [];
    // Two headings then one answer is usually a missing answer, not a pair answered together:
    // only a list of three or more, a general "response to the recommendations" label, or the
    // answer naming the first one makes it a combined response.
    const combined =
      content.length > 0 &&
      (run.length >= 3 || (run.length === 2 && (labels[i].some((l) => GENERAL_LABEL.test(l)) || mentions(text, recs[run[0].rec], recs))));
    run.forEach((a, k) => {
      const isLast = k === run.length - 1;
      const para = lines[a.line].para;
      const base = { anchor: a, paragraphIndex: para, listed: run.length >= 3 };
      if (!content.length) {
        occ.push({ ...base, status: "placeholder", confidence: 0.85 * a.confidence + 0.1, evidence: snippet(lines[a.line].text), response: "" });
      } else if (combined) {
        const t = topics[k];
        if (t.score >= 1 && t.line) {
          const v = judgeResponse(t.line.text);
          const conf = Math.min(0.85, 0.55 + 0.1 * t.score);
          occ.push({ ...base, status: v.status === "placeholder" ? "answered" : v.status, confidence: conf, evidence: v.evidence, response: text, paragraphIndex: t.line.para });
        } else {
          occ.push({ ...base, status: "placeholder", confidence: 0.7, evidence: `Listed with others; the combined response does not address it.`, response: "" });
        }
      } else if (!isLast) {
        occ.push({ ...base, status: "placeholder", confidence: 0.8, evidence: snippet(lines[a.line].text), response: "" });
      } else {
        const v = judgeResponse(text);
        occ.push({ ...base, status: v.status, confidence: Math.min(v.confidence, a.confidence + 0.05), evidence: v.evidence || snippet(lines[a.line].text), response: text, refersTo: v.refersTo });
      }
    });
    start = i + 1;
  }

  const groups = new Map<number, Occurrence[]>();
  for (const o of occ) groups.set(o.anchor.rec, [...(groups.get(o.anchor.rec) ?? []), o]);
  for (const [rec, list] of groups) {
    // A recommendation listed in an overview and answered in its own section: its own section decides.
    const own = list.filter((o) => !o.listed);
    const pool = own.length && own.length < list.length ? own : list;
    const best = pool.reduce((a, b) => (rank(b.status) > rank(a.status) || (rank(b.status) === rank(a.status) && b.confidence > a.confidence) ? b : a));
    const answeredCopies = pool.filter((o) => rank(o.status) >= 2);
    if (answeredCopies.length > 1) notes.push(`Recommendation ${recs[rec].number} is answered ${answeredCopies.length} times (a section pasted twice?).`);
    else if (pool.length > 1 && rank(best.status) >= 2) notes.push(`Recommendation ${recs[rec].number} appears ${pool.length} times; one is answered.`);
    found.set(rec, { status: best.status, confidence: round(best.confidence), evidence: best.evidence, paragraphIndex: best.paragraphIndex, response: best.response, ...(best.refersTo ? { refersTo: best.refersTo } : {}) });
  }
  return withGroupDeferrals(found, deferrals, lines);
}

/** A sentence deferring several recommendations answers those not already answered elsewhere. */
function withGroupDeferrals(found: Map<number, FreeFinding>, deferrals: GroupDeferral[], lines: Line[]): Map<number, FreeFinding> {
  for (const g of deferrals) {
    for (const rec of g.recs) {
      const had = found.get(rec);
      if (had && rank(had.status) >= 2) continue;
      // Named among others in one sentence: a response, but read from a list, so only moderately sure.
      found.set(rec, { status: "deferred", confidence: 0.7, evidence: snippet(g.sentence), paragraphIndex: lines[g.line].para, response: g.sentence });
    }
  }
  return found;
}

/** A narrative letter that never quotes or numbers the recommendations: read it by topic. */
function byTopicOnly(lines: Line[], recs: RecProfile[], groupAt: Map<number, number[]>): Map<number, FreeFinding> {
  const found = new Map<number, FreeFinding>();
  const body: Line[] = [];
  lines.forEach((l, i) => {
    if (l.stop || l.other || groupAt.has(i) || CLOSING.test(l.text) || isLabelOnly(l.text)) return;
    // What the report found is not what the force did about it.
    const text = withoutReportFindings(l.text);
    if (text) body.push(text === l.text ? l : { ...l, text });
  });
  const topics = topicVerdicts(body, recs);
  topics.forEach((t, i) => {
    if (t.score >= 1 && t.line) {
      const v = judgeResponse(t.line.text);
      found.set(i, {
        status: v.status === "placeholder" ? "answered" : v.status,
        confidence: round(Math.min(0.75, 0.45 + 0.1 * t.score)),
        evidence: v.evidence,
        paragraphIndex: t.line.para,
        response: t.line.text,
      });
    }
  });
  return found;
}

const round = (n: number) => Math.round(n * 100) / 100;
