/**
 * Headings that are not recommendations ("Recommendations for national bodies", "Appendix A"):
 * a reviewer reads them as the end of the section above, so a recommendation with no answer does
 * not borrow the text of the next part of the letter.
 */
import type { SnapshotParagraph } from "../snapshot";
import { isResponseLabel } from "./answered";
import { cleanText } from "./text";

/** Word's built-in heading styles by name ("Heading 2", "heading2", "Title"). */
function styleLevel(style: string | undefined): number | undefined {
  if (!style) return undefined;
  const s = style.toLowerCase().replace(/\s+/g, "");
  if (s === "title") return 0;
  if (s === "subtitle") return 1;
  const m = /^heading([1-9])(?:char)?$/.exec(s);
  return m ? Number(m[1]) : undefined;
}

/** Openings of the parts a response letter has besides its recommendations. */
const SECTION_WORDS =
  /^(?:recommendations?\s+(?:for|to|addressed|made|directed|aimed|relating)\b|national recommendations|other recommendations|areas? for improvement|causes? of concern|appendix|annex|conclusions?|next steps|summary|background|introduction|overview)\b/i;

/** A line that is clearly a heading without a style: short, unpunctuated, and all capitals or a section opening. */
function looksLikeHeading(text: string): boolean {
  if (/[.;:,!?…"')\]]$/.test(text) || /^\d/.test(text)) return false;
  const words = text.split(" ");
  if (words.length > 8) return false;
  if (SECTION_WORDS.test(text)) return true;
  const letters = text.replace(/[^A-Za-z]/g, "");
  return words.length >= 2 && letters.length >= 6 && letters === letters.toUpperCase();
}

/**
 * The heading level of a paragraph (0 for a title, 1.. for headings), or undefined for body text.
 * Labels that only introduce the response ("Force response") are never headings here.
 */
export function headingLevel(p: SnapshotParagraph, raw: string): number | undefined {
  const md = /^\s*(#{1,6})\s+\S/.exec(raw);
  const level = styleLevel(p.style) ?? (md ? md[1].length : undefined);
  const text = level === undefined && raw.length > 120 ? "" : cleanText(raw);
  if (!text) return undefined;
  const found = level ?? (looksLikeHeading(text) ? 1 : undefined);
  return found !== undefined && !isResponseLabel(text) ? found : undefined;
}
