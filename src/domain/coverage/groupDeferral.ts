/**
 * One sentence that defers several recommendations at once: "Recommendations 8 to 11 and 13 are
 * addressed to national bodies; we await their findings." A reviewer reads it as a (deferred)
 * response to each recommendation it names, so it must name them by number or portal id and say
 * they are for other bodies, or awaited.
 */
import { handsOff, OWN_BODY, sentences } from "./answered";
import type { Line } from "./anchors";
import type { RecProfile } from "./profile";

/** "recommendations 8, 9, 10, 11 and 13", "Recs 8-11 and 13", "recommendation #21912". */
const NAMED = /\b(?:recommendations?|recs?\.?)\s+((?:#?\s?\d{1,7}(?:\s*(?:,|and|&|or|to|-|through)\s*)?)+)/gi;
const PORTAL = /#\s?(\d{4,7})\b/g;
/** Longest range read as a range ("8-11"); beyond it, a typo or a year. */
const MAX_RANGE = 30;

/** Cheap test before the full reading: "recommendation(s)", "rec(s)" or a "#" portal id. */
const MAY_NAME = /\brec(?:ommendations?\b|s?\b)|#\s?\d/i;

interface Numbering {
  byNumber: Map<number, number>;
  byPortal: Map<string, number>;
}

/** Recommendation numbers and portal ids to indexes, kept per profile list (made once per inspection). */
const numberings = new WeakMap<RecProfile[], Numbering>();
function numbering(recs: RecProfile[]): Numbering {
  let n = numberings.get(recs);
  if (!n) {
    n = { byNumber: new Map(recs.map((r, i) => [r.number, i])), byPortal: new Map(recs.filter((r) => r.portalId).map((r) => [r.portalId as string, r.index])) };
    numberings.set(recs, n);
  }
  return n;
}

/** Indexes (into recs) of the recommendations a passage names by number or portal id. */
export function namedRecs(text: string, recs: RecProfile[]): number[] {
  if (!MAY_NAME.test(text)) return [];
  const { byNumber, byPortal } = numbering(recs);
  const found = new Set<number>();
  const add = (n: string) => {
    const r = n.length >= 4 ? byPortal.get(n) : byNumber.get(Number(n));
    if (r !== undefined) found.add(r);
  };
  for (const m of text.matchAll(NAMED)) {
    for (const piece of m[1].matchAll(/#?\s?(\d{1,7})(?:\s*(?:-|to|through)\s*#?\s?(\d{1,7}))?/g)) {
      const from = Number(piece[1]);
      const to = piece[2] !== undefined ? Number(piece[2]) : from;
      if (piece[1].length < 4 && to > from && to - from <= MAX_RANGE) for (let n = from; n <= to; n++) add(String(n));
      else {
        add(piece[1]);
        if (piece[2] !== undefined) add(piece[2]);
      }
    }
  }
  for (const m of text.matchAll(PORTAL)) add(m[1]);
  return [...found].sort((a, b) => a - b);
}

/** "are for national bodies": a hand-off only when the body is plainly someone else. */
const ARE_FOR = /\b(?:is|are)\s+(?:(?:matters?|ones?)\s+)?for\s+(?<body>[^.;]+)/i;
const OTHER_BODY = /\b(?:national|home office|home secretary|college of policing|npcc|cps|crown prosecution|ministry|government|department|inspectorate|other (?:bodies|organisations|agencies))\b/i;

function isForOthers(sentence: string): boolean {
  if (handsOff(sentence)) return true;
  const m = ARE_FOR.exec(sentence);
  return !!m && !OWN_BODY.test(m.groups?.body ?? "") && OTHER_BODY.test(m.groups?.body ?? "");
}

export interface GroupDeferral {
  /** Index into the lines. */
  line: number;
  recs: number[];
  sentence: string;
}

/**
 * Lines holding a sentence that names recommendations and hands them off (that sentence, or the
 * one right after it when the naming sentence speaks of other bodies: "... are for national
 * bodies. We await their findings.").
 */
export function findGroupDeferrals(lines: Line[], recs: RecProfile[]): GroupDeferral[] {
  const out: GroupDeferral[] = [];
  lines.forEach((l, i) => {
    if (l.stop || !MAY_NAME.test(l.text)) return;
    const list = [...sentences(l.text)];
    list.forEach((s, k) => {
      const named = namedRecs(s, recs);
      if (named.length === 0) return;
      const next = list[k + 1];
      if (isForOthers(s) || (OTHER_BODY.test(s) && next !== undefined && handsOff(next))) out.push({ line: i, recs: named, sentence: s });
    });
  });
  return out;
}
