/**
 * Finds where an untagged document names each recommendation, the way a reviewer scans it:
 * portal ids (#21912), "Recommendation 3:" / "R3" labels, near-verbatim recommendation text
 * (however renumbered, reordered or split across lines), and, failing all of those, short
 * numbered headings ("3. Withdrawal data").
 */
import type { SnapshotParagraph } from "../snapshot";
import { quoteScore, isQuote, triIds, triKey, type RecProfile } from "./profile";
import { headingLevel } from "./headings";
import { cleanText, contentWords, isStopWord, tokenize } from "./text";

export interface Line {
  /** Index of the snapshot paragraph it came from. */
  para: number;
  text: string;
  inTable: boolean;
  /** Heading level (0 title, 1.. headings) of a heading that is not body text. */
  heading?: number;
  /** Stands for paragraphs of the add-in's own controls (empty text): it ends any section. */
  stop?: boolean;
  /** Part of an area for improvement or cause of concern (otherFindings.ts): never a recommendation's. */
  other?: boolean;
}

export type AnchorHow = "portal" | "label+quote" | "quote" | "label" | "number";

export interface Anchor {
  rec: number;
  /** First and last line of the heading (label plus quoted text, possibly over several lines). */
  line: number;
  headEnd: number;
  how: AnchorHow;
  confidence: number;
  /** Response written on the heading's own line ("Recommendation 2: We have ..."). */
  inline: string;
}

/** "Recommendation 3", "Rec. 3", "Recommendation No. 3", "R3", optionally after a list number. */
const LABEL = /^(?:\(?\d{1,3}[.)]\s*)?(?:(?:recommendation|rec\.?)\s*(?:no\.?\s*|number\s*)?(\d{1,3})|r(\d{1,3}))\b\s*[:.\-–)]?\s*/i;
const LIST_NUMBER = /^\(?(\d{1,3})[.)]\s+/;
const PORTAL = /#\s?(\d{4,7})\b|\b(\d{5,7})\b/g;
/** A response label starting mid-line: "... wording. Force response: we have ..." */
const INLINE_RESPONSE = /\s(?=(?:(?:force|pcc|opcc|constabulary|our)\s+)?response\s*:)/i;

/**
 * Paragraphs into lines: line breaks inside a paragraph and mid-line response labels start new
 * lines. Skipped paragraphs (the add-in's own controls) leave one stop line per run.
 */
export function toLines(paragraphs: SnapshotParagraph[], skip: (index: number) => boolean): Line[] {
  const out: Line[] = [];
  paragraphs.forEach((p, para) => {
    if (skip(para)) {
      if (out.length && !out[out.length - 1].stop) out.push({ para, text: "", inTable: !!p.inTable, stop: true });
      return;
    }
    if (!p.text) return;
    const pieces = p.text.split(/[\r\n\v\u2028\u2029]+/);
    pieces.forEach((piece, k) => {
      // A table row saved as text ("1<tab>Recommendation<tab>Response<tab>Green"): a line per cell,
      // read as a table. Two tabs or more: "1.<tab>Text" is a list item, not a row.
      const cells = p.inTable ? null : piece.split("\t");
      if (cells && cells.length >= 3 && cells.filter((c) => c.trim()).length >= 2) {
        for (const c of cells) {
          const text = cleanText(c);
          if (text) out.push({ para, text, inTable: true });
        }
        return;
      }
      let text = cleanText(piece);
      if (k === 0 && p.listString && !LABEL.test(text) && !LIST_NUMBER.test(text)) text = `${p.listString.trim()} ${text}`.trim();
      if (!text) return;
      // Every inline label ends in ":"; most lines have none, and the look-ahead is costly.
      const m = text.includes(":") ? INLINE_RESPONSE.exec(text) : null;
      const head: Line = { para, text: m && m.index > 0 ? text.slice(0, m.index).trim() : text, inTable: !!p.inTable };
      const heading = headingLevel(p, piece);
      if (heading !== undefined) head.heading = heading;
      out.push(head);
      if (m && m.index > 0) out.push({ para, text: text.slice(m.index).trim(), inTable: !!p.inTable });
    });
  });
  return out;
}

export interface LineMatch {
  quote: { rec: number; score: number; strong: boolean } | null;
  label: number | null;
  listNumber: number | null;
  portal: number | null;
  /** The line without its label or list number. */
  rest: string;
}

/** Index from word trigram to the recommendations using it: a line is compared only with those it quotes. */
export function quoteIndex(recs: RecProfile[]): Map<number, number[]> {
  const idx = new Map<number, number[]>();
  recs.forEach((r, i) => {
    for (const t of r.tri) {
      if (t < 0) continue;
      const list = idx.get(t);
      if (list) list.push(i);
      else idx.set(t, [i]);
    }
  });
  // Stock openings ("police forces should") shared by many recommendations cannot pick one out.
  const tooCommon = Math.max(3, Math.ceil(recs.length / 4));
  for (const [t, list] of idx) if (list.length > tooCommon) idx.delete(t);
  return idx;
}

/** The recommendation a (cleaned) line quotes, if any. Every kind of quote shares 2+ trigrams with it. */
/** Hit counters reused across lines (one slot per recommendation), so the scan allocates nothing. */
let counts = new Int32Array(0);

/** The recommendation a (cleaned) line quotes, if any. Every kind of quote shares 2+ trigrams with it. */
export function bestQuote(text: string, recs: RecProfile[], idx: Map<number, number[]>) {
  if (!recs.length) return null;
  const vocab = recs[0].vocab;
  if (counts.length < recs.length) counts = new Int32Array(recs.length);
  // Fast scan: trigram numbers straight from the words, counting hits per recommendation.
  const ws = tokenize(text);
  const touched: number[] = [];
  let a = -1, b = -1;
  for (const w of ws) {
    const c = vocab.get(w) ?? -1;
    if (a >= 0 && b >= 0 && c >= 0) {
      const list = idx.get(triKey(a, b, c));
      if (list) for (const r of list) if (counts[r]++ === 0) touched.push(r);
    }
    a = b;
    b = c;
  }
  let candidates: number[] | null = null;
  for (const r of touched) {
    if (counts[r] >= 2) (candidates ??= []).push(r);
    counts[r] = 0;
  }
  if (!candidates) return null;
  // Few lines get here (headings): the full comparison may build what the scan did not.
  const tri = triIds(ws, vocab);
  const bag = new Set(ws.filter((w) => !isStopWord(w)));
  let best: { rec: number; score: number; strong: boolean } | null = null;
  for (const r of candidates) {
    const s = quoteScore(bag, tri, recs[r]);
    if (!isQuote(s)) continue;
    const score = s.sharedTri + s.precision * 10;
    if (!best || score > best.score) best = { rec: r, score, strong: s.sharedTri >= 6 || s.recall >= 0.5 };
  }
  return best;
}

export function matchLine(text: string, recs: RecProfile[], idx: Map<number, number[]>, portalOf: Map<string, number>): LineMatch {
  let rest = text;
  let label: number | null = null;
  let listNumber: number | null = null;
  const lm = LABEL.exec(text);
  if (lm) {
    label = Number(lm[1] ?? lm[2]);
    rest = text.slice(lm[0].length);
  } else {
    const nm = LIST_NUMBER.exec(text);
    if (nm) {
      listNumber = Number(nm[1]);
      rest = text.slice(nm[0].length);
    }
  }
  let portal: number | null = null;
  if (portalOf.size) {
    for (const m of rest.matchAll(PORTAL)) {
      const r = portalOf.get(m[1] ?? m[2]);
      if (r !== undefined) {
        portal = r;
        rest = rest.replace(m[0], " ").replace(/^\s*[-–:]\s*/, "").trim();
        break;
      }
    }
  }
  return { quote: bestQuote(rest, recs, idx), label, listNumber, portal, rest };
}

/** Decides which lines are recommendation headings. `notes` gets renumbering and unknown numbers. */
export function findAnchors(lines: Line[], recs: RecProfile[], notes: string[]): Anchor[] {
  const idx = quoteIndex(recs);
  const portalOf = new Map<string, number>();
  recs.forEach((r, i) => r.portalId && portalOf.set(r.portalId, i));
  const byNumber = new Map<number, number>();
  recs.forEach((r, i) => byNumber.set(r.number, i));
  const matches = lines.map((l) => matchLine(l.text, recs, idx, portalOf));
  const unknownNumbers = new Set<number>();
  let foreign = 0;
  const raw: (Anchor | null)[] = matches.map((m, i) => {
    // An area for improvement or cause of concern is never a recommendation's heading.
    if (lines[i].other) return null;
    const inlineOf = () => (m.quote || contentWords(m.rest).length < 3 ? "" : m.rest);
    if (m.portal !== null) return { rec: m.portal, line: i, headEnd: i, how: "portal", confidence: 0.95, inline: m.quote ? "" : inlineOf() };
    if (m.label !== null) {
      const byNum = byNumber.get(m.label);
      // The words outrank the number: documents renumber the recommendations they answer.
      if (m.quote && m.quote.rec !== byNum) return { rec: m.quote.rec, line: i, headEnd: i, how: "quote", confidence: 0.8, inline: "" };
      if (byNum === undefined) {
        unknownNumbers.add(m.label);
        return null;
      }
      // "Recommendation 1" over the text of a recommendation this inspection does not have (another
      // inspection's, or its other numbering): the number alone must not claim our recommendation 1.
      const quoted = m.quote ? null : contentWords(m.rest).length >= 3 ? m.rest : i + 1 < lines.length && !matches[i + 1].quote && matches[i + 1].label === null ? lines[i + 1].text : null;
      if (quoted !== null && isRecommendationText(quoted)) {
        foreign++;
        return null;
      }
      return { rec: byNum, line: i, headEnd: i, how: m.quote ? "label+quote" : "label", confidence: m.quote ? 0.95 : 0.85, inline: inlineOf() };
    }
    if (m.quote) {
      const agrees = m.listNumber !== null && byNumber.get(m.listNumber) === m.quote.rec;
      return { rec: m.quote.rec, line: i, headEnd: i, how: "quote", confidence: agrees ? 0.92 : 0.85, inline: "" };
    }
    return null;
  });
  if (foreign) notes.push(`${foreign} recommendation heading(s) quote text this inspection does not have (a response to another inspection?); they were not counted.`);
  for (const n of unknownNumbers) notes.push(`The document mentions recommendation ${n}, which this inspection does not have.`);

  // Short numbered headings count only in documents with no stronger marks: in others, numbered
  // lists inside responses would be mistaken for recommendations.
  if (!raw.some(Boolean)) {
    matches.forEach((m, i) => {
      const r = m.listNumber !== null ? byNumber.get(m.listNumber) : undefined;
      if (r !== undefined && contentWords(m.rest).length <= 8) raw[i] = { rec: r, line: i, headEnd: i, how: "number", confidence: 0.6, inline: "" };
    });
  }

  const anchors: Anchor[] = [];
  for (let i = 0; i < raw.length; i++) {
    const a = raw[i];
    if (!a) continue;
    const next = raw[i + 1];
    // "Recommendation 8" over the quoted text of another recommendation: the words decide.
    if ((a.how === "label" || a.how === "number") && !a.inline && next && next.how === "quote" && next.rec !== a.rec) {
      notes.push(`A heading numbered ${recs[a.rec].number} quotes recommendation ${recs[next.rec].number}: read as recommendation ${recs[next.rec].number}.`);
      continue;
    }
    // The heading goes on while the following lines still quote this recommendation (split text, bullets).
    let end = i;
    while (end + 1 < lines.length && !a.inline) {
      const n = raw[end + 1];
      if (n && n.rec !== a.rec) break;
      if (!n && !continuesQuote(lines[end + 1].text, recs[a.rec])) break;
      end++;
    }
    anchors.push({ ...a, headEnd: end });
    i = end;
  }
  return anchors;
}

/** Reads as a recommendation ("Immediately, police forces should ..."), not as a response to one. */
function isRecommendationText(text: string): boolean {
  return /\bshould\b/i.test(text) && !/\b(?:we|our|us|i|my)\b/i.test(text) && contentWords(text).length >= 6;
}

/** A line that carries on quoting the recommendation (second half of a split sentence, a bullet). */
function continuesQuote(text: string, rec: RecProfile): boolean {
  const ws = tokenize(text);
  const bag = new Set(ws.filter((w) => !isStopWord(w)));
  if (!bag.size) return false;
  const s = quoteScore(bag, triIds(ws, rec.vocab), rec);
  return (s.precision >= 0.75 && s.sharedTri >= 1) || s.triPrecision >= 0.5 || (bag.size <= 3 && s.precision === 1);
}
