/**
 * Topic reading of a passage for several recommendations at once: for each, the line that best
 * shows its distinctive terms, and the score of the passage as a whole. The passage is read once
 * (not once per recommendation), only for the terms the recommendations look for, and only lines
 * using one of a recommendation's terms are scored for it: a narrative letter of thousands of
 * lines against 50 recommendations stays fast. Scores are topicScore's, as over passageTerms.
 */
import type { Line } from "./anchors";
import { topicScore, type RecProfile } from "./profile";
import { contentWords } from "./text";

export interface TopicVerdict {
  /** Score of the whole passage (terms may run across its lines). */
  score: number;
  /** The first line with the best score above 0, if any. */
  line: Line | null;
}

interface Wanted {
  /** Multi-word terms by their first word, with their words. */
  phrases: Map<string, { text: string; words: string[] }[]>;
  rare: Set<string>;
}

function wantedTerms(recs: RecProfile[]): Wanted {
  const phrases = new Map<string, { text: string; words: string[] }[]>();
  const seen = new Set<string>();
  const rare = new Set<string>();
  for (const r of recs) {
    for (const text of r.phrases) {
      const words = text.split(" ");
      // passageTerms only has 2- and 3-word runs: a term of another length never matches there.
      if (seen.has(text) || words.length < 2 || words.length > 3) continue;
      seen.add(text);
      const list = phrases.get(words[0]);
      if (list) list.push({ text, words });
      else phrases.set(words[0], [{ text, words }]);
    }
    for (const w of r.rare) rare.add(w);
  }
  return { phrases, rare };
}

/**
 * The part of passageTerms(text) that topicScore can ask about: the wanted terms it contains
 * (topicScore only asks grams about phrases and uni about rare words).
 */
/** Most lines use none of the wanted terms: they share these (never written to). */
const NONE: ReadonlySet<string> = new Set<string>();

function termsOf(text: string, wanted: Wanted): { seq: string[]; grams: ReadonlySet<string>; uni: ReadonlySet<string> } {
  const seq = contentWords(text);
  let grams: Set<string> | null = null;
  let uni: Set<string> | null = null;
  for (let i = 0; i < seq.length; i++) {
    if (wanted.rare.has(seq[i])) (uni ??= new Set()).add(seq[i]);
    const list = wanted.phrases.get(seq[i]);
    if (!list) continue;
    for (const p of list) {
      if (i + p.words.length > seq.length) continue;
      let k = 1;
      while (k < p.words.length && seq[i + k] === p.words[k]) k++;
      if (k === p.words.length) (grams ??= new Set()).add(p.text);
    }
  }
  return { seq, grams: grams ?? NONE, uni: uni ?? NONE };
}

/**
 * termsOf(the lines joined by spaces), from the lines' own terms: their union, plus the terms that
 * run across a line break (the last two words of one line and the first two of the next). Reading
 * the joined text again would tokenize a long letter twice.
 */
function joined(terms: ReturnType<typeof termsOf>[], wanted: Wanted) {
  const grams = new Set<string>();
  const uni = new Set<string>();
  // The last two content words so far, whichever lines they came from.
  let tail: string[] = [];
  for (const t of terms) {
    for (const g of t.grams) grams.add(g);
    for (const w of t.uni) uni.add(w);
    if (!t.seq.length) continue;
    if (tail.length) for (const g of termsOf([...tail, ...t.seq.slice(0, 2)].join(" "), wanted).grams) grams.add(g);
    tail = [...tail, ...t.seq.slice(-2)].slice(-2);
  }
  return { grams, uni };
}

export function topicVerdicts(lines: Line[], recs: RecProfile[]): TopicVerdict[] {
  const wanted = wantedTerms(recs);
  const terms = lines.map((l) => termsOf(l.text, wanted));
  const all = joined(terms, wanted);
  // Term -> lines using it.
  const linesOf = new Map<string, number[]>();
  terms.forEach((t, i) => {
    for (const term of [...t.grams, ...t.uni]) {
      const list = linesOf.get(term);
      if (list) list.push(i);
      else linesOf.set(term, [i]);
    }
  });
  return recs.map((rec) => {
    // A line using none of the recommendation's terms scores 0: it cannot be the best line.
    const candidates = new Set<number>();
    for (const term of [...rec.phrases, ...rec.rare]) for (const i of linesOf.get(term) ?? []) candidates.add(i);
    let best: { line: Line; score: number } | null = null;
    for (const i of [...candidates].sort((a, b) => a - b)) {
      const s = topicScore(terms[i], rec).score;
      if (s > 0 && (!best || s > best.score)) best = { line: lines[i], score: s };
    }
    return { score: topicScore(all, rec).score, line: best?.line ?? null };
  });
}
