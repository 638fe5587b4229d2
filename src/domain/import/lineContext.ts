/**
 * How a line reads among its neighbours: whether it asks someone to act, ends a sentence, starts a
 * new recommendation, stands alone as a heading, or is carried on by the next line. Chrome (page
 * numbers, running headers) is looked past; blank lines are noted.
 */
import type { Line } from "./clean";
import { CONTINUATION_STARTS, DUE_IMMEDIATE_NOUN, DUE_LEAD, MODALS } from "./words";

/** Reads as a recommendation on its own: asks someone to act, or is urgent ("Immediate review of …"). */
export const isRecLike = (text: string) => MODALS.test(text) || DUE_LEAD.test(text) || DUE_IMMEDIATE_NOUN.test(text);
export const endsSentence = (text: string) => /[.;:!?’”"')]$/.test(text);

/** A short line standing alone between sentences, not asking anything: a heading the report did not name for us. */
export function isOtherHeading(lines: Line[], i: number): boolean {
  const t = lines[i].text;
  if (t.length > 70 || !/^[A-Z0-9]/.test(t) || endsSentence(t) || /[,]$|\b(?:and|or|of|the|to|for|in|with|a|an)$/i.test(t)) return false;
  if (MODALS.test(t) || t.split(" ").length > 10) return false;
  const prev = previousText(lines, i);
  const next = nextText(lines, i);
  if (prev && !endsSentence(prev.text) && !prev.blankBetween) return false;
  if (!next) return true;
  return /^[A-Z0-9•(#“"‘']/.test(next.text) && (next.blankBetween || !/^[a-z]/.test(next.text));
}

/** The line after i carries on the same sentence (starts in lower case, no blank line between). */
export function nextIsContinuation(lines: Line[], i: number): boolean {
  const next = nextText(lines, i);
  return !!next && !next.blankBetween && /^[a-z]/.test(next.text);
}

export function previousText(lines: Line[], i: number) {
  let blank = false;
  for (let j = i - 1; j >= 0; j--) {
    if (lines[j].chrome) continue;
    if (!lines[j].text) {
      blank = true;
      continue;
    }
    return { text: lines[j].text, blankBetween: blank };
  }
  return null;
}

export function nextText(lines: Line[], i: number) {
  let blank = false;
  for (let j = i + 1; j < lines.length; j++) {
    if (lines[j].chrome) continue;
    if (!lines[j].text) {
      blank = true;
      continue;
    }
    return { text: lines[j].text, blankBetween: blank, index: j };
  }
  return null;
}

/** The first words of a new recommendation: due wording, or bodies followed soon by "should". */
export function startsRecommendation(text: string): boolean {
  if (DUE_LEAD.test(text) || DUE_IMMEDIATE_NOUN.test(text)) return true;
  const m = MODALS.exec(text);
  return !!m && m.index < 90 && !CONTINUATION_STARTS.test(text) && !/^(?:a|an)\b/i.test(text);
}
