/**
 * What one recommendation's text says about itself: when it is due, whom it is addressed to, and
 * its sub-parts when they were written on one line.
 */
import {
  ADDRESSEES,
  DUE_AFTER_MODAL,
  DUE_IMMEDIATE_NOUN,
  DUE_LEAD,
  DUE_TAIL,
  MODALS,
  NOT_ADDRESSED_CLAUSE,
  NPCC_LEAD,
} from "./words";

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** "Immediately", "By March 2022", "Within three months": the report's own words, or null. */
export function findDue(text: string): string | null {
  const sentences = splitSentences(text);
  for (const s of sentences) {
    const lead = DUE_LEAD.exec(s);
    if (lead) return tidyDue(lead[0]);
  }
  for (const s of sentences) {
    const after = DUE_AFTER_MODAL.exec(s);
    if (after) return tidyDue(after[1] ?? after[2] ?? after[3]);
  }
  // A closing deadline belongs to the first sentence (the recommendation proper), not to the
  // explanation after it.
  const tail = sentences.length ? DUE_TAIL.exec(sentences[0]) : null;
  if (tail) return tidyDue(tail[1]);
  if (DUE_IMMEDIATE_NOUN.test(text)) return "Immediately";
  return null;
}

function tidyDue(s: string): string {
  const t = s.trim().replace(/[,.;]$/, "");
  if (/^(?:urgently|immediately)$/i.test(t)) return "Immediately";
  return capitalise(t);
}

export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.;!?])\s+(?=[A-Z(“"‘'])/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export interface Addressed {
  addressees: string[];
  localResponseExpected: boolean;
}

/**
 * The bodies named as the subject of each "should"/"must": "Police forces and the CPS should…"
 * gives both; "…, in consultation with the CPS, should" does not give the CPS.
 */
export function findAddressees(text: string): { names: string[]; local: boolean } {
  const names: string[] = [];
  let local = false;
  for (const sentence of splitSentences(text)) {
    const m = MODALS.exec(sentence);
    if (!m) continue;
    let subject = sentence.slice(0, m.index);
    // Due wording and other leading clauses end at the last comma before the subject ("By March 2022, chief constables").
    subject = subject.replace(NOT_ADDRESSED_CLAUSE, " ");
    subject = subject.replace(/^.*\b(?:recommends? that|recommend)\b/i, "");
    const due = DUE_LEAD.exec(subject.trim());
    if (due) subject = subject.trim().slice(due[0].length);
    for (const found of bodiesIn(subject)) {
      if (!names.includes(found.name)) names.push(found.name);
      local ||= found.local;
    }
  }
  return { names, local };
}

function bodiesIn(subject: string): { name: string; local: boolean }[] {
  let rest = subject;
  const found: { name: string; local: boolean; at: number }[] = [];
  const lead = NPCC_LEAD.exec(rest);
  if (lead) {
    found.push({ name: `NPCC lead for ${lead[1].trim()}`, local: false, at: lead.index });
    rest = rest.slice(0, lead.index) + " ".repeat(lead[0].length) + rest.slice(lead.index + lead[0].length);
  }
  for (const a of ADDRESSEES) {
    a.pattern.lastIndex = 0;
    rest = rest.replace(a.pattern, (match: string, ...args: unknown[]) => {
      const at = args.find((x) => typeof x === "number") as number;
      found.push({ name: a.name, local: a.local, at });
      return " ".repeat(match.length);
    });
  }
  return found.sort((x, y) => x.at - y.at);
}

/**
 * Sub-parts written on one line after a lead-in: "should include: 1) …; 2) …; and 3) …",
 * "(a) …; (b) …", or plain "…: x; y; and z". Returns null when the text has none.
 */
export function splitInlineParts(text: string): { lead: string; parts: string[] } | null {
  // The colon may run straight into a dash bullet ("should be included:- Considering…; - the …").
  const colon = text.search(/(?:should include|as a minimum|the following|including|should)[^:]{0,80}:(?:\s|[-–—•]\s*\S)/i);
  const at = colon >= 0 ? text.indexOf(":", colon) : -1;
  if (at < 0) return null;
  const lead = text.slice(0, at + 1).trim();
  const body = text.slice(at + 1).trim().replace(/^[-–—•]\s*/, "");
  const labelled = body.split(/(?:^|[;,.]?\s+(?:and\s+|or\s+)?)(?:\(?(?:\d{1,2}|[a-h]|i{1,3}|iv|v|vi{0,3})\))\s+/i).map((s) => s.trim()).filter(Boolean);
  const startsLabelled = /^\(?(?:1|a|i)\)\s/i.test(body);
  let parts: string[];
  if (startsLabelled && labelled.length >= 2) parts = labelled;
  else {
    parts = body.split(/;(?:\s+|\s*[-–—•]\s*)/).map((s) => s.trim()).filter(Boolean);
    if (parts.length < 2) return null;
  }
  parts = parts.map((p) => p.replace(/^(?:and|or)\s+/i, "").replace(/[;,]\s*(?:and|or)?\s*$/i, "").trim());
  if (parts.some((p) => p.length < 3)) return null;
  return { lead, parts };
}
