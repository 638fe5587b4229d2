/**
 * What a document may cost to read. A .docx is a zip: 400 KB can unpack to gigabytes, and a few
 * megabytes of tiny paragraphs make millions of parsed nodes. Every limit is checked before the
 * expensive step (declared sizes before inflating, counts before parsing) and enforced during it
 * (inflating stops at the cap whatever the zip declares), so memory stays bounded for any input.
 */

/** A file ird is given (.docx, .txt or catalog), on disk. */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;
/** The text of a .txt file, or one XML part inside a .docx, once unpacked. */
export const MAX_PART_BYTES = 20 * 1024 * 1024;
/** All the parts read from one .docx together. */
export const MAX_UNPACKED_BYTES = 40 * 1024 * 1024;
/** Paragraphs in one document (a 300-page report has about 10,000). */
export const MAX_PARAGRAPHS = 100_000;
/** XML elements in one part: what the parser turns into objects. */
export const MAX_XML_ELEMENTS = 500_000;
/** Elements inside elements; Word's own documents stay far below this. */
export const MAX_XML_DEPTH = 100;

/** Why a document cannot be checked; the message names the cause and goes to the user as is. */
export class DocumentRefused extends Error {
  override name = "DocumentRefused";
}

/** The bytes are not a Word document at all. */
export class NotAWordDocument extends DocumentRefused {
  override name = "NotAWordDocument";
}

const MB = 1024 * 1024;
/** "20 MB", "1.1 GB": sizes as a reader says them. */
export function sizeInWords(bytes: number): string {
  if (bytes >= 1024 * MB) return `${(bytes / (1024 * MB)).toFixed(1)} GB`;
  if (bytes >= MB) return `${Math.round(bytes / MB)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** Refuses XML that would cost too much to parse: counted with a scan, before the parser builds anything. */
export function checkXmlCost(xml: string, where: string): void {
  if (/<!DOCTYPE/i.test(xml.slice(0, 4096)) || /<!ENTITY/i.test(xml)) {
    throw new DocumentRefused(`${where} declares a DOCTYPE or entities, which Word documents never do`);
  }
  let elements = 0;
  let paragraphs = 0;
  // Start tags only: "</", "<?" and "<!" open no element.
  const start = /<[^/?!]/g;
  while (start.exec(xml)) {
    elements++;
    if (elements > MAX_XML_ELEMENTS) throw new DocumentRefused(`${where} has more than ${MAX_XML_ELEMENTS.toLocaleString("en-GB")} XML elements, more than ird reads`);
  }
  const para = /<w:p[\s/>]/g;
  while (para.exec(xml)) {
    paragraphs++;
    if (paragraphs > MAX_PARAGRAPHS) throw tooManyParagraphs(where);
  }
}

export const tooManyParagraphs = (where: string) =>
  new DocumentRefused(`${where} has more than ${MAX_PARAGRAPHS.toLocaleString("en-GB")} paragraphs, more than ird reads`);
