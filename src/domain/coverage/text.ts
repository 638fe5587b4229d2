/**
 * Text helpers for coverage: clean the markup that survives copy/paste, and turn text into the
 * comparable words a reviewer's eye would match ("Victims Personal Statements" = "victim
 * personal statement").
 */

/** Removes markup that pasted or exported text carries (**bold**, <sup>, ## headings) and odd spaces. */
export function cleanText(raw: string): string {
  // A section's text is cleaned again by each reader (response words, snippet): remember the last.
  if (raw === lastPlain) return raw;
  const plain = plainness(raw);
  // Already clean (the usual line, or lines joined by "\n"): the slow path would only turn "\n" into " ".
  if (plain === PLAIN) return (lastPlain = raw);
  // Lines joined by "\n" with one space for each "\n" are plain too.
  if (plain === PLAIN_LINES) return (lastPlain = raw.replace(/\n/g, " "));
  let t = raw;
  // Each replacement only when its characters are there: this runs on every paragraph.
  if (t.includes("<")) t = t.replace(/<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>/gi, "");
  if (t.includes("*") || t.includes("__")) t = t.replace(/\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])/g, "");
  if (t.includes("#")) t = t.replace(/^\s*#{1,6}\s+/, "");
  if (/[^\x20-\x7e]/.test(t)) t = straightPunctuation(t).replace(/[\u00a0\u2000-\u200b\u202f\u3000\t\r\n\v]/g, " ");
  return t.replace(/\s\s+/g, " ").trim();
}

/** Curly quotes and apostrophes, primes and every dash as the plain ASCII ones, as texts are compared. */
export function straightPunctuation(t: string): string {
  return t
    .replace(/[\u2018\u2019\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201f\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, "-");
}

const PLAIN = 1;
const PLAIN_LINES = 2;
const NOT_PLAIN = 0;
/** The last text found plain: cleanText gives it back unchanged. */
let lastPlain = "";
/** Anything but printable ASCII, "\n", and the markup characters cleanText strips (< * _ #). */
const NOT_PLAIN_CHAR = /[^\x20-\x22\x24-\x29\x2b-\x3b\x3d-\x5e\x60-\x7e\n]/;
const DOUBLE_SPACE = /[ \n][ \n]/;

/**
 * Whether cleanText has nothing to do but join lines: printable ASCII without the markup
 * characters it strips, single spaces or "\n" between words, none at either end. Two regex
 * scans (faster than a character loop in V8): cleanText runs on every line and every section.
 */
function plainness(t: string): number {
  const n = t.length;
  if (!n) return PLAIN;
  const first = t.charCodeAt(0);
  const last = t.charCodeAt(n - 1);
  if (first === 32 || first === 10 || last === 32 || last === 10) return NOT_PLAIN;
  if (NOT_PLAIN_CHAR.test(t) || DOUBLE_SPACE.test(t)) return NOT_PLAIN;
  return t.includes("\n") ? PLAIN_LINES : PLAIN;
}

/** Function words: they carry no topic. */
const STOP = new Set(
  ("a an and are as at be been being but by can could did do does for from had has have he her his i if in into is it its " +
    "itself may me might must my no nor not of on or our ours out over own shall she should so some such than that the their " +
    "theirs them then there these they this those through to too under until up upon us very was we were what when where " +
    "which while who whom why will with within would you your also any each every all both either other others about " +
    "above after again against before below between during further here how more most only same just once well whether " +
    "immediately including include includes following wherever").split(" "),
);

/**
 * Words in nearly every recommendation and response of policing reports: matching them says
 * nothing about which recommendation a paragraph answers.
 */
const COMMON = new Set(
  ("police policing force forces constabulary cps crown prosecution prosecutor service services victim victims rape " +
    "case cases work working together local level national ensure review reviewed improve improved improvement action " +
    "actions recommendation recommendations report inspection hmicfrs hmcpsi chief constable commissioner pcc opcc " +
    "crime criminal justice make sure need needs new current currently appropriate effective effectively consider " +
    "considered support supported process processes place use used within across area areas organisation organisations " +
    "partner partners partnership government office offices officer officers staff people public provide provided " +
    "response respond responses take taken place time way ways help continue continued").split(" "),
);

export const isStopWord = (w: string) => STOP.has(w);
export const isCommonWord = (w: string) => COMMON.has(w);

/** Light stemming: plurals and possessives only, so quoted text still matches word for word. */
export function stem(word: string): string {
  const n = word.length;
  if (n < 4 || word.charCodeAt(n - 1) !== 115 /* s */) return word;
  if (n > 4 && word.endsWith("ies")) return word.slice(0, -3) + "y";
  if (n > 4 && word.endsWith("sses")) return word.slice(0, -2);
  const before = word.charCodeAt(n - 2);
  // -ss, -us, -is are not plurals (class, status, analysis).
  if (before === 115 || before === 117 || before === 105) return word;
  return word.slice(0, -1);
}

/** Lower-case stemmed words, in order, stop words included (for phrase and shingle matching). */
export function words(text: string): string[] {
  return tokenize(cleanText(text));
}

/** words() for text already through cleanText (saves cleaning twice on hot paths). */
export function tokenize(clean: string): string[] {
  // The same words as the regex reading below, read character by character (it runs on every line).
  const out: string[] = [];
  const n = clean.length;
  let start = -1;
  let simple = true; // the word so far has no capital and no apostrophe: a plain slice of the text
  for (let i = 0; i <= n; i++) {
    const c = i < n ? clean.charCodeAt(i) : 32;
    const lower = c >= 97 && c <= 122;
    if (lower || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || c === 39) {
      if (start < 0) {
        if (c === 39) continue; // an apostrophe before a word is dropped, as the regex reading drops it
        start = i;
        simple = true;
      }
      if (!lower && !(c >= 48 && c <= 57)) simple = false;
      continue;
    }
    // Two characters outside ASCII lower-case to ASCII letters ("İ" -> "i̇", Kelvin sign -> "k").
    if (c === 0x130 || c === 0x212a) return tokenizeByRegex(clean);
    if (start >= 0) {
      const w = clean.slice(start, i);
      out.push(stem(simple ? w : w.toLowerCase().replace(/'/g, "")));
      start = -1;
    }
  }
  return out;
}

function tokenizeByRegex(clean: string): string[] {
  const out: string[] = [];
  for (const m of clean.toLowerCase().replace(/'/g, "").matchAll(/[a-z0-9]+/g)) out.push(stem(m[0]));
  return out;
}

/** Words without stop words, in order. */
export function contentWords(text: string): string[] {
  return words(text).filter((w) => !STOP.has(w));
}

/** Word trigrams (in order, stop words included), as strings. */
export function shingles(ws: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + 3 <= ws.length; i++) out.push(ws[i] + " " + ws[i + 1] + " " + ws[i + 2]);
  return out;
}

/** A short snippet for evidence: the first ~160 characters, cut at a word. */
export function snippet(text: string, max = 160): string {
  const t = cleanText(text);
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  const sp = cut.lastIndexOf(" ");
  return (sp > max * 0.6 ? cut.slice(0, sp) : cut) + "…";
}
