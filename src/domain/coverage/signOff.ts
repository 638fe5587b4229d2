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
  /** The paragraph of the sign-off. */
  signOff: number;
  /** The paragraph naming the signatory's role, when the block has one. */
  role?: number;
}

/**
 * The letter's signature block among cleaned paragraph texts: the last sign-off followed by the
 * signatory's role; failing that, the last sign-off without one; null when there is no sign-off.
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
  return bare;
}
