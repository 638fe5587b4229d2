/**
 * Where a letter is signed: a sign-off ("Yours sincerely") followed closely by the signatory's role
 * (Police and Crime Commissioner). Found wherever the letter ends, not only at the end of the
 * document: a response often signs off before a long appendix (the force's own response, an action
 * plan), and the appendix may carry a sign-off of its own (the Chief Constable's). Pure.
 */

/** A paragraph that opens the signature block. */
export const SIGN_OFF = /^(?:yours\s+(?:sincerely|faithfully|truly)|(?:with\s+)?(?:kind|best|warm)\s+regards|regards,?$|signed\s*(?::|,|$))/i;
/** The signatory's role: the PCC, or the mayor or deputy mayor who holds the PCC's functions. */
export const SIGNATORY_ROLE = /\b(?:police,?\s+(?:fire\s+and\s+)?crime\s+commissioner|police\s+and\s+crime\s+commissioner|pcc|deputy\s+mayor|mayor)\b/i;
/** How many non-empty paragraphs after the sign-off may come before the role (signature image, name, post-nominals). */
const ROLE_WITHIN = 6;

export interface SignatureBlock {
  /** The paragraph of the sign-off (for a letter signed with no sign-off line, of the signatory's name). */
  signOff: number;
  /** The paragraph naming the signatory's role, when the block has one. */
  role?: number;
  /** Signed with the signatory's name and role alone, no "Yours sincerely" before them. */
  nameOnly?: true;
}

/**
 * A person's name on a line of its own: an optional honorific, then two to five capitalised words
 * (initials, hyphens and apostrophes allowed), then optional post-nominals ("OBE", "QPM").
 */
const NAME_LINE =
  /^(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Lord|Lady|Baroness|Baron|Rt\.?\s+Hon|Cllr|Councillor)\.?\s+)*\p{Lu}[\p{L}'.-]*(?:\s+\p{Lu}[\p{L}'.-]*){1,4}(?:,?\s+\p{Lu}{2,}(?:,?\s+\p{Lu}{2,})*)?$/u;
/**
 * The signatory's role as a line of its own: the role, perhaps "Deputy", "Acting" or "Interim", and
 * where ("for Cheshire", "of Greater Manchester"); a line, not a sentence about the commissioner.
 */
const ROLE_LINE = new RegExp(`^(?:(?:deputy|acting|interim)\\s+)?(?:${SIGNATORY_ROLE.source})(?:\\s+(?:for|of)\\s+[^.;:!?]{1,80})?$`, "i");
/** After a name-and-role signature, the letter may still list copies or enclosures: a few short lines. */
const AFTER_NAME_ONLY = { lines: 4, chars: 150 };
/** Longer than any name, role or address line: a line of the letter itself. */
const LETTER_LINE = 80;

/**
 * A letter signed with no sign-off line: the signatory's name, then their role, on lines of their
 * own (often under a signature image), at the letter's very end (only a few short lines after:
 * copies, enclosures). A name and role before a long appendix, or at the top (a letterhead), are
 * not taken for a signature: the check would rather ask than pass an unsigned letter.
 */
function signedByName(texts: readonly string[]): SignatureBlock | null {
  const isName = (t: string) => NAME_LINE.test(t.replace(/,$/, ""));
  const isRole = (t: string) => ROLE_LINE.test(t.replace(/[.,]$/, ""));
  // Name and role in one paragraph (kept on two lines with a line break, which reads as a space).
  const both = (t: string) => [...t.matchAll(/ /g)].some((m) => isName(t.slice(0, m.index)) && isRole(t.slice(m.index + 1)));
  const lines = texts.flatMap((t, para) => (t.trim() ? [{ text: t.trim(), para }] : []));
  // Some of the letter (a sentence, not a heading or address line) comes before a signature.
  const written = (before: number) => lines.slice(0, before).some((l) => l.text.length > LETTER_LINE);
  for (let k = lines.length - 1, after = 0; k >= 0 && after <= AFTER_NAME_ONLY.lines; k--, after++) {
    const { text, para } = lines[k];
    if (isRole(text) && k > 0 && isName(lines[k - 1].text) && written(k - 1)) return { signOff: lines[k - 1].para, role: para, nameOnly: true };
    if (both(text) && written(k)) return { signOff: para, role: para, nameOnly: true };
    if (text.length > AFTER_NAME_ONLY.chars) return null;
  }
  return null;
}

/**
 * The letter's signature block among cleaned paragraph texts: the last sign-off followed by the
 * signatory's role; failing that, the last sign-off without one; with no sign-off at all, the
 * signatory's name and role closing the letter (signedByName); else null.
 */
export function findSignature(texts: readonly string[]): SignatureBlock | null {
  let bare: SignatureBlock | null = null;
  for (let i = texts.length - 1; i >= 0; i--) {
    if (!SIGN_OFF.test(texts[i].trim())) continue;
    // "Yours sincerely, Jordan Reyes, Police and Crime Commissioner" in one paragraph (line breaks).
    if (SIGNATORY_ROLE.test(texts[i].trim().replace(SIGN_OFF, ""))) return { signOff: i, role: i };
    let seen = 0;
    for (let j = i + 1; j < texts.length && seen < ROLE_WITHIN; j++) {
      const t = texts[j].trim();
      if (!t) continue;
      seen++;
      if (SIGN_OFF.test(t)) break;
      if (SIGNATORY_ROLE.test(t)) return { signOff: i, role: j };
    }
    bare ??= { signOff: i };
  }
  return bare ?? signedByName(texts);
}
