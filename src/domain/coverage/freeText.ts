/**
 * Coverage of an untagged document: split it into recommendation sections at the headings found
 * by anchors.ts, then read each section's response the way a reviewer would.
 */
import type { SnapshotParagraph } from "../snapshot";
import type { CoverageStatus } from "./types";
import { findAnchors, toLines, type Anchor, type Line } from "./anchors";
import { isLabelOnly, judgeResponse } from "./answered";
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
}

/** Letter endings: never part of the last recommendation's response. */
const CLOSING = /^(?:yours\s+(?:sincerely|faithfully|truly)|kind\s+regards|best\s+regards|warm\s+regards|regards,?$|with best wishes|signed\b|cc\b|enc(?:l|losure)?\b)|\bsignature\b/i;
/** Softer endings, cut only after the last section: "I look forward to...", "I hope this response...". */
const LAST_CLOSING = /\blook(?:ing)? forward to\b|^(?:i|we) (?:hope|trust) (?:this|that|the)\b|^(?:police and crime commissioner|pcc) for\b/i;

function sectionContent(lines: Line[], from: number, to: number, last: boolean) {
  const body: Line[] = [];
  const labels: string[] = [];
  for (let i = from; i < to; i++) {
    const t = lines[i].text;
    if (CLOSING.test(t) || (last && LAST_CLOSING.test(t))) break;
    if (isLabelOnly(t)) labels.push(t);
    else body.push(lines[i]);
  }
  return { body, labels };
}

/** "Response to the recommendations:", "Response to Report and Recommendation:": one answer for several. */
const GENERAL_LABEL = /\b(?:recommendations|report|all|overall|general|combined|joint)\b/i;

/** Whether a passage names a recommendation by number ("recommendations 4 and 5") or portal id. */
function mentions(text: string, rec: RecProfile): boolean {
  if (rec.portalId && text.includes(rec.portalId)) return true;
  const re = /\b(?:recommendations?|recs?\.?)\s+((?:\d+(?:\s*(?:,|and|&|-|–|to)\s*)?)+)/gi;
  for (const m of text.matchAll(re)) {
    const nums = m[1].match(/\d+/g) ?? [];
    if (nums.map(Number).includes(rec.number)) return true;
  }
  return false;
}

interface Occurrence {
  anchor: Anchor;
  status: CoverageStatus;
  confidence: number;
  evidence: string;
  response: string;
  paragraphIndex: number;
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
  const anchors = findAnchors(lines, recs, notes);
  const found = new Map<number, FreeFinding>();
  if (!anchors.length) return byTopicOnly(lines, recs);

  const occ: Occurrence[] = [];
  const labels: string[][] = [];
  const contents = anchors.map((a, i) => {
    const to = i + 1 < anchors.length ? anchors[i + 1].line : lines.length;
    const { body, labels: l } = sectionContent(lines, a.headEnd + 1, to, i === anchors.length - 1);
    if (a.inline) body.unshift({ ...lines[a.line], text: a.inline });
    labels.push(l);
    return body;
  });

  // Runs: headings with nothing under them, then the one that has something. Either a missing
  // answer (the content belongs to the last heading) or a list with one combined response.
  let start = 0;
  for (let i = 0; i < anchors.length; i++) {
    if (!contents[i].length && i + 1 < anchors.length) continue;
    const run = anchors.slice(start, i + 1);
    const content = contents[i];
    const text = content.map((l) => l.text).join("\n");
    const topics = run.length > 1 ? topicVerdicts(content, run.map((a) => recs[a.rec])) : [];
    // Two headings then one answer is usually a missing answer, not a pair answered together:
    // only a list of three or more, a general "response to the recommendations" label, or the
    // answer naming the first one makes it a combined response.
    const combined =
      content.length > 0 &&
      (run.length >= 3 || (run.length === 2 && (labels[i].some((l) => GENERAL_LABEL.test(l)) || mentions(text, recs[run[0].rec]))));
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
        occ.push({ ...base, status: v.status, confidence: Math.min(v.confidence, a.confidence + 0.05), evidence: v.evidence || snippet(lines[a.line].text), response: text });
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
    found.set(rec, { status: best.status, confidence: round(best.confidence), evidence: best.evidence, paragraphIndex: best.paragraphIndex, response: best.response });
  }
  return found;
}

/** A narrative letter that never quotes or numbers the recommendations: read it by topic. */
function byTopicOnly(lines: Line[], recs: RecProfile[]): Map<number, FreeFinding> {
  const found = new Map<number, FreeFinding>();
  const body: Line[] = [];
  for (const l of lines) if (!CLOSING.test(l.text) && !isLabelOnly(l.text)) body.push(l);
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
