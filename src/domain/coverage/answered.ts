/**
 * What counts as answered. One place, so a reviewer (or a test) can read the rule:
 *
 * - placeholder: the response is empty, still the control's placeholder text, or only filler
 *   ("TBC", "to follow", "[insert response]", "XXX", a bare "Force response:" label);
 * - deferred: the response says the recommendation is for another body (Home Office, College of
 *   Policing, CPS...) and the force awaits it. A reasoned deferral IS a response: it counts as answered;
 * - placeholder too: only a status or date ("Green", "Complete", "Amber – 31/03/2022", as tracker
 *   tables have): it says where the work stands, not what was done. "Complete – the force now
 *   records ..." is answered;
 * - a pointer ("See above", "As above", "Please refer to recommendation 2") answers by reference:
 *   judged here as a placeholder carrying `refersTo`; index.ts makes it answered (confidence ≤ 0.6)
 *   when the answer it points to exists, and leaves it a placeholder when it points to nothing;
 * - answered: anything else with real words in it. Short answers are answered with less confidence.
 */
import type { CoverageStatus } from "./types";
import { cleanText, isStopWord, snippet, stem } from "./text";

export interface ResponseVerdict {
  status: Exclude<CoverageStatus, "missing">;
  confidence: number;
  evidence: string;
  /** Why, in a few words, for notes and debugging. */
  reason: string;
  /** The response only points to another answer ("See above", "Please refer to recommendation 2"). */
  refersTo?: Pointer;
}

/** Where a pointer response points: recommendation numbers, or the answer above / below it. */
export type Pointer = { numbers: number[] } | { direction: "above" | "below" };

/**
 * A response that is only a pointer to another answer. It answers by reference when that answer
 * exists (index.ts resolves it); on its own it says nothing.
 */
const POINTER =
  /^(?:please\s+)?(?:see|refer\s+to|as\s+per|as|per|covered\s+(?:by|under|in)|addressed\s+(?:by|under|in)|answered\s+(?:by|under|in)|dealt\s+with\s+(?:by|under|in)|included\s+(?:in|under)|same\s+as)\s+(?:(?:our|the)\s+)?(?:(?:force'?s?\s+|previous\s+|earlier\s+)?(?:response|answer|update|comments?)\s+(?:to|for|at|under|in)\s+)?(?:(?:the\s+)?(?:recommendations?|recs?\.?)\s*(?<nums>\d{1,3}(?:\s*(?:,|and|&)\s*\d{1,3})*)(?:\s+(?:above|below))?|(?<bare>\d{1,3})\s+(?:above|below)|(?<dir>above|below)|(?:the\s+)?(?<step>previous|preceding|next|following)\s+(?:recommendation|response|answer|section))[\s.!;:]*$/i;

export function pointerOf(own: string): Pointer | null {
  if (own.length > 120) return null;
  const m = POINTER.exec(own);
  if (!m?.groups) return null;
  const { nums, bare, dir, step } = m.groups;
  if (nums ?? bare) return { numbers: (nums ?? bare).split(/\D+/).filter(Boolean).map(Number) };
  return { direction: dir ? (dir.toLowerCase() as "above" | "below") : /^(?:previous|preceding)$/i.test(step ?? "") ? "above" : "below" };
}

/**
 * A bare status or date ("Green", "Complete", "Amber 31/03/2022"), as tracker tables have: it
 * says where the work stands, not what was done, so it is no explanation of action taken.
 */
const STATUS_TOKEN =
  /\b(?:rag(?:\s+status|\s+rating)?|status|target(?:\s+date)?|completion\s+date|due(?:\s+date)?|deadline|date|green|amber|red|blue|black|grey|gray|completed?|closed|open|ongoing|on-going|on\s+track|in\s+progress|not\s+(?:yet\s+)?started|achieved|discharged|outstanding|overdue|delayed|at\s+risk|partially(?:\s+(?:completed?|met|achieved))?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*|end\s+of|q[1-4]|by)\b/gi;
export const isStatusOnly = (own: string) => own.length <= 120 && /^[\s\d/.,:;()\-–|&]*$/.test(own.replace(STATUS_TOKEN, " "));

/** Labels that introduce a response, not part of it ("Force response:", "PCC comment -"). */
const RESPONSE_LABEL =
  /^(?:(?:the\s+)?(?:force|pcc|opcc|constabulary|chief constable|police|our|commissioner|joint|pcc and chief constable|pcc & chief constable)(?:'s)?\s+)?(?:response|comments?|update|progress(?: update)?|action(?:s)? taken|reply|answer)(?:\s+to\s+(?:the\s+)?recommendation(?:\s+\d+)?)?\s*[:\-–]\s*/i;

/** Text that stands in for a response not yet written. Matched against the whole (cleaned) text. */
const FILLER_ONLY =
  /^(?:tbc|tba|tbd|todo|to do|to be (?:confirmed|added|completed|agreed|drafted|written|provided)|to follow|response to follow|(?:draft )?response (?:to be added|pending|awaited|required)|awaiting (?:response|update|input|information)|pending|n\/?a|none|nil|x+|\?+|\.+|-+|_+|lorem ipsum.*|click or tap here to enter text\.?|click here to enter text\.?|enter (?:the |your )?(?:response|text) here\.?|insert (?:the |your )?(?:response|text)(?: here)?\.?|placeholder|draft|update to follow|more to follow|details to follow)$/i;

/** Bracketed instructions such as "[Insert the force's response here]" or "[signatory]". */
const BRACKETED = /\[[^\]]*\]|\{[^}]*\}|<<[^>]*>>/g;

/** Strips labels, bracketed instructions and filler phrases; what is left is the response's own words. */
export function responseWords(text: string): string {
  let t = cleanText(text);
  for (let i = 0; i < 3; i++) {
    const next = t.replace(RESPONSE_LABEL, "");
    if (next === t) break;
    t = next;
  }
  t = t.replace(BRACKETED, " ").replace(/\b(?:tbc|tba|tbd|xxx+|todo)\b/gi, " ");
  // Collapsing is a no-op (and costly on a long section) when every gap is already one space.
  if (/\s\s|[^\S ]/.test(t)) t = t.replace(/\s+/g, " ");
  t = t.trim();
  return FILLER_ONLY.test(trimEndPunctuation(t)) ? "" : t;
}

const isEndPunctuation = (c: string) => ".!:;,".includes(c) || /\s/.test(c);

/** t.replace(/[.!:;,\s]+$/, ""), without the regex trying every run of the text (sections are long). */
function trimEndPunctuation(t: string): string {
  let end = t.length;
  while (end > 0 && isEndPunctuation(t[end - 1])) end--;
  return end === t.length ? t : t.slice(0, end);
}

/** A paragraph that is only a label ("Force response:", "PCC & Chief Constable Response to Report:"). */
export function isLabelOnly(text: string): boolean {
  const t = cleanText(text);
  if (!t) return true;
  if (RESPONSE_LABEL.test(t) && !cleanText(t.replace(RESPONSE_LABEL, ""))) return true;
  // /:\s*$/ without scanning the whole line for colons (trimEnd drops exactly the \s characters).
  return t.trimEnd().endsWith(":") && t.split(" ").length <= 12;
}

/** A heading or line that only introduces the response ("Response", "Force response", "Progress update"). */
export function isResponseLabel(text: string): boolean {
  if (text.length > 80) return false;
  const t = cleanText(text).replace(/[\s:\-–]+$/, "");
  return t.length > 0 && RESPONSE_LABEL.test(`${t}:`) && !cleanText(`${t}:`.replace(RESPONSE_LABEL, ""));
}

/** Addressees that are the force or PCC themselves: "addressed to chief constables" is not a deferral. */
export const OWN_BODY = /^(?:the\s+)?(?:all\s+)?(?:police forces|forces|chief constables|the force|this force|police and crime commissioners|pccs|local policing bodies|us|police)\b/i;

/** Sentences that hand the recommendation to another body. */
const DEFERRAL_PATTERNS: RegExp[] = [
  /\b(?:is|are|was)\s+(?:addressed|directed|aimed|made|targeted)\s+(?:to|at|towards)\s+(?<body>[^.;]+)/i,
  /\b(?:is|are)\s+(?:a matter|one)\s+for\s+(?<body>[^.;]+)/i,
  /\bfor\s+(?<body>the (?:home office|college of policing|npcc|cps|crown prosecution service|ministry of justice|national[^.;]*))\s+to\s+(?:lead|take forward|address|respond|progress|consider)/i,
  /\bnot\s+(?:addressed|directed)\s+to\s+(?:the\s+)?(?:force|constabulary|pcc|police forces)/i,
  /\bno\s+(?:local\s+)?action\s+(?:is\s+)?(?:required|needed)\s+(?:by|from)\s+(?:the\s+)?(?:force|constabulary|pcc|us)/i,
];
const AWAITS = /\b(?:await(?:s|ing)?|wait(?:s|ing)? for|will be guided by|look(?:s|ing)? forward to (?:receiving|seeing))\b[^.;]*\b(?:information|guidance|outcome|direction|framework|progress|update|review|findings|national)/i;

function deferralBody(text: string): string | null {
  for (const re of DEFERRAL_PATTERNS) {
    const m = re.exec(text);
    if (!m) continue;
    const body = (m.groups?.body ?? "").trim();
    if (body && OWN_BODY.test(body)) continue;
    return body || "another body";
  }
  return null;
}

/** Content words with a letter in them (a table's "3" cell says nothing), counted up to `limit`. */
function countWords(text: string, limit: number): number {
  let n = 0;
  const re = /[a-z0-9']+/gi;
  // Streams the words and stops at the limit: sections can be pages long.
  for (let m = re.exec(text); m && n < limit; m = re.exec(text)) {
    const w = m[0].toLowerCase().replace(/'/g, "");
    if (/[a-z]/.test(w) && !isStopWord(stem(w))) n++;
  }
  return n;
}

/** A sentence that hands a recommendation to another body, or awaits what others will do. */
export const handsOff = (sentence: string) => deferralBody(sentence) !== null || AWAITS.test(sentence);

/** own.split(/(?<=[.;!?])\s+/), one sentence at a time: the reading usually stops after a few. */
export function* sentences(text: string): Generator<string> {
  const re = /(?<=[.;!?])\s+/g;
  let from = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    yield text.slice(from, m.index);
    from = m.index + m[0].length;
  }
  yield text.slice(from);
}

/**
 * Decides one response's status from its text. `placeholderText` is the content control's
 * placeholder, when the response is a control: text equal to it is still a placeholder.
 */
export function judgeResponse(text: string, placeholderText?: string): ResponseVerdict {
  const raw = cleanText(text);
  if (placeholderText && raw && raw === cleanText(placeholderText)) {
    return { status: "placeholder", confidence: 0.97, evidence: snippet(raw), reason: "still the placeholder text" };
  }
  const own = responseWords(raw);
  const refersTo = pointerOf(own);
  if (refersTo) return { status: "placeholder", confidence: 0.6, evidence: snippet(own), reason: "points to another answer", refersTo };
  // Numbers alone (a table's "3" cell) say nothing.
  const n = countWords(own, 10);
  if (n === 0) {
    return {
      status: "placeholder",
      confidence: raw ? 0.92 : 0.95,
      evidence: snippet(raw),
      reason: raw ? "only filler" : "empty",
    };
  }
  if (isStatusOnly(own)) return { status: "placeholder", confidence: 0.85, evidence: snippet(raw), reason: "only a status or date, no account of the action" };
  // Deferred when the sentences handing it to another body (or awaiting them) are nearly all there is.
  let body: string | null = null;
  let rest = 0;
  let handOffs = 0;
  for (const sentence of sentences(own)) {
    const b = deferralBody(sentence);
    if (b !== null || AWAITS.test(sentence)) {
      handOffs++;
      body = body ?? b;
    } else rest += countWords(sentence, 8);
    if (rest >= 8) break; // enough of its own words: not a hand-off, whatever follows
  }
  if (handOffs && rest < 8) {
    return { status: "deferred", confidence: body ? 0.88 : 0.7, evidence: snippet(own), reason: `for ${body ?? "another body"}` };
  }
  if (n < 4) return { status: "answered", confidence: 0.55, evidence: snippet(own), reason: "very short response" };
  if (n < 10) return { status: "answered", confidence: 0.75, evidence: snippet(own), reason: "short response" };
  return { status: "answered", confidence: 0.92, evidence: snippet(own), reason: "response" };
}
