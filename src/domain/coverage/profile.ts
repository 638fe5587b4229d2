/**
 * What identifies each recommendation in free text: its words (for near-verbatim quotes, however
 * renumbered or split) and its distinctive terms (for letters that answer by topic without quoting).
 */
import type { Inspection } from "../catalog/types";
import { contentWords, isCommonWord, words } from "./text";

export interface RecProfile {
  index: number;
  id: string;
  number: number;
  portalId: string | null;
  /** Distinct content words of the text. */
  bag: Set<string>;
  /** Word trigrams of the text as numbers (see triIds; stop words kept: quotes keep word order). */
  tri: Set<number>;
  /** The inspection's word numbering, shared by all its recommendations. */
  vocab: Map<string, number>;
  /** Multi-word terms found in no other recommendation (and not just the inspection's title). */
  phrases: string[];
  /** Single words found in no other recommendation, nor the title, nor everyday policing vocabulary. */
  rare: string[];
}

export interface PartProfile {
  id: string;
  label: string;
  bag: Set<string>;
  phrases: string[];
  rare: string[];
}

/**
 * Word trigrams as numbers over the inspection's vocabulary (no strings built per line: this runs
 * on every paragraph). A trigram with a word the recommendations never use is -1: it cannot match.
 */
/** A small-integer key for three word numbers (V8 hashes small integers fast; a clash is ~1 in 10^9). */
export const triKey = (a: number, b: number, c: number) => (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b) ^ Math.imul(c, 0xc2b2ae35) ^ c) & 0x3fffffff;

export function triIds(ws: string[], vocab: Map<string, number>): number[] {
  const out: number[] = [];
  const ids = ws.map((w) => vocab.get(w) ?? -1);
  for (let i = 0; i + 3 <= ids.length; i++) {
    const a = ids[i], b = ids[i + 1], c = ids[i + 2];
    out.push(a < 0 || b < 0 || c < 0 ? -1 : triKey(a, b, c));
  }
  return out;
}

function ngrams(seq: string[], n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i + n <= seq.length; i++) out.push(seq.slice(i, i + n).join(" "));
  return out;
}

/** Months and numbers: "By March 2022" names a deadline, not a topic (a letter's date would match it). */
const MONTH = /^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/;
const notTopical = (w: string) => /^\d+$/.test(w) || MONTH.test(w);

/** Candidate terms of a text: 2- and 3-word runs of content words with at least one uncommon word. */
function termCandidates(text: string): string[] {
  const seq = contentWords(text);
  const telling = (w: string) => !isCommonWord(w) && !notTopical(w);
  return [...ngrams(seq, 2), ...ngrams(seq, 3)].filter((g) => g.split(" ").some(telling));
}

interface Profileable {
  text: string;
}

function distinctive(texts: Profileable[], title: string) {
  const titleWords = new Set(contentWords(title));
  const cands = texts.map((t) => new Set(termCandidates(t.text)));
  const uni = texts.map((t) => new Set(contentWords(t.text)));
  const phraseCount = new Map<string, number>();
  const uniCount = new Map<string, number>();
  for (const c of cands) for (const g of c) phraseCount.set(g, (phraseCount.get(g) ?? 0) + 1);
  for (const u of uni) for (const w of u) uniCount.set(w, (uniCount.get(w) ?? 0) + 1);
  return texts.map((_, i) => ({
    phrases: [...cands[i]].filter((g) => phraseCount.get(g) === 1 && !g.split(" ").every((w) => titleWords.has(w) || isCommonWord(w))),
    rare: [...uni[i]].filter((w) => uniCount.get(w) === 1 && w.length >= 4 && !notTopical(w) && !titleWords.has(w) && !isCommonWord(w)),
  }));
}

const fullText = (r: { text: string; parts: { text: string }[] }) => [r.text, ...r.parts.map((p) => p.text)].join(" \n ");

/** Profiles are pure functions of the inspection: kept per inspection object while it lives. */
const profiles = new WeakMap<Inspection, RecProfile[]>();

export function profileInspection(inspection: Inspection): RecProfile[] {
  const cached = profiles.get(inspection);
  if (cached) return cached;
  const made = makeProfiles(inspection);
  profiles.set(inspection, made);
  return made;
}

function makeProfiles(inspection: Inspection): RecProfile[] {
  const recs = inspection.recommendations;
  const d = distinctive(recs, inspection.title);
  const vocab = new Map<string, number>();
  const tokens = recs.map((r) => words(fullText(r)));
  for (const ws of tokens) for (const w of ws) if (!vocab.has(w)) vocab.set(w, vocab.size);
  return recs.map((r, index) => ({
    index,
    id: r.id,
    number: r.number,
    portalId: r.portalId,
    // The parts' words are the recommendation's too: quoted parts belong to its heading, not its response.
    bag: new Set(contentWords(fullText(r))),
    tri: new Set(triIds(tokens[index], vocab)),
    vocab,
    phrases: d[index].phrases,
    rare: d[index].rare,
  }));
}

export function profileParts(inspection: Inspection, recIndex: number): PartProfile[] {
  const rec = inspection.recommendations[recIndex];
  if (!rec.parts.length) return [];
  const d = distinctive(rec.parts, `${inspection.title} ${rec.text}`);
  return rec.parts.map((p, i) => ({
    id: p.id,
    label: p.id.replace(/^.*?\./, ""),
    bag: new Set(contentWords(p.text)),
    phrases: d[i].phrases,
    rare: d[i].rare,
  }));
}

/** How much of a passage is the recommendation's own wording (0..1), for near-verbatim quotes. */
export interface QuoteScore {
  /** Share of the passage's content words that are the recommendation's. */
  precision: number;
  /** Share of the recommendation's content words that the passage quotes. */
  recall: number;
  /** Shared word trigrams: quotes keep word order, paraphrases rarely do. */
  sharedTri: number;
  triPrecision: number;
}

export function quoteScore(passageBag: Set<string>, passageTri: number[], rec: { bag: Set<string>; tri: Set<number> }): QuoteScore {
  let shared = 0;
  for (const w of passageBag) if (rec.bag.has(w)) shared++;
  let tri = 0;
  for (const t of passageTri) if (t >= 0 && rec.tri.has(t)) tri++;
  return {
    precision: passageBag.size ? shared / passageBag.size : 0,
    recall: rec.bag.size ? shared / rec.bag.size : 0,
    sharedTri: tri,
    triPrecision: passageTri.length ? tri / passageTri.length : 0,
  };
}

/** A passage that quotes the recommendation (whole, or a good piece of it) rather than discussing it. */
export function isQuote(s: QuoteScore): boolean {
  if (s.sharedTri >= 3 && s.triPrecision >= 0.6) return true;
  if (s.sharedTri >= 4 && s.triPrecision >= 0.3 && s.precision >= 0.6) return true;
  return s.precision >= 0.85 && s.recall >= 0.5 && s.sharedTri >= 2;
}

/**
 * Topic evidence that a passage answers a recommendation without quoting it: distinctive terms
 * found in its words. A multi-word term counts 1, a rare single word 1/3; 1 or more is evidence.
 */
export function topicScore(passage: { grams: ReadonlySet<string>; uni: ReadonlySet<string> }, p: { phrases: string[]; rare: string[] }) {
  const hits: string[] = [];
  let score = 0;
  for (const g of p.phrases) {
    if (passage.grams.has(g)) {
      // A 3-word term contains two 2-word terms: count the longest only.
      if (hits.some((h) => h.includes(g) || g.includes(h))) continue;
      hits.push(g);
      score += 1;
    }
  }
  let rare = 0;
  for (const w of p.rare) if (passage.uni.has(w) && !hits.some((h) => h.split(" ").includes(w))) rare++;
  score += Math.min(rare, 6) / 3;
  return { score, hits, rare };
}

export function passageTerms(text: string) {
  const seq = contentWords(text);
  return { seq, grams: new Set([...ngrams(seq, 2), ...ngrams(seq, 3)]), uni: new Set(seq) };
}
