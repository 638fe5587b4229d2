/**
 * What a catalog may hold: checked by the validator (schema.ts, which needs zod) and respected by the
 * first screen's preview of the built-in catalog (preview.ts, which must not).
 */

/**
 * Ids name content controls in the document (`ird:section:<inspectionId>:<recId>`, tags.ts): a
 * letter or digit, then letters, digits, ".", "_" or "-", 80 at most. No ":" or "@" (they separate
 * a tag's parts), no spaces, nothing invisible, so every tag reads back as the ids it was made of.
 */
export const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$/;
export const MAX_ID_LENGTH = 80;

/**
 * Limits on a catalog, so a file made by mistake (or on purpose) cannot hang the pane: every
 * catalog HMICFRS has published is far inside them (the largest has 13 recommendations).
 */
export const CATALOG_LIMITS = {
  /** Inspections in one catalog file. */
  inspections: 500,
  /** Recommendations, or areas for improvement, in one inspection. */
  recommendations: 300,
  /** Sub-parts of one recommendation. */
  parts: 50,
  /** Addressees of one recommendation. */
  addressees: 30,
  /** Characters of a recommendation's (or a part's) text. */
  text: 10_000,
  /** Characters of a title, a type, an addressee, a due date. */
  shortText: 500,
  /** Characters of a catalog file read as text (JSON): about 5 MB. */
  fileChars: 5_000_000,
} as const;


/** A date written YYYY-MM-DD that exists (Date.parse would roll 2021-02-30 over into March). */
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
export function isRealDate(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}
