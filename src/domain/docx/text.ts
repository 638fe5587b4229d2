/** Plain text into a snapshot: one paragraph per line, as Word does when it opens a .txt file. */
import type { DocumentSnapshot } from "../snapshot";
import { decodeText } from "./decode";
import type { DocxRead } from "./index";
import { DocumentRefused, MAX_PARAGRAPHS, MAX_PART_BYTES, sizeInWords, tooManyParagraphs } from "./limits";

export function textToSnapshot(text: string): DocumentSnapshot {
  const body = text.replace(/^\uFEFF/, "");
  const lines = body.length ? body.split(/\r\n|\r|\n/) : [];
  return { paragraphs: lines.map((line) => ({ text: line })), controls: [], storedInspection: null };
}

/** The bytes of a .txt file, decoded (./decode) and within ./limits; how they were decoded is a warning. */
export function readTextFile(bytes: Uint8Array): DocxRead {
  if (bytes.length > MAX_PART_BYTES) throw new DocumentRefused(`too large (${sizeInWords(bytes.length)}; ird reads text files up to ${sizeInWords(MAX_PART_BYTES)})`);
  const { text, encoding } = decodeText(bytes);
  // Checked as a letter, an empty file would read as one with every recommendation missing.
  if (text.trim() === "") throw new DocumentRefused(bytes.length === 0 ? "empty (0 bytes): nothing was saved in it" : "it has no text, only spaces or blank lines");
  let lines = 0;
  const lineEnd = /\r\n|\r|\n/g;
  while (lineEnd.exec(text)) if (++lines >= MAX_PARAGRAPHS) throw tooManyParagraphs("the text");
  const warnings = encoding ? [`The file is not UTF-8: it was read as ${encoding} text${encoding === "Windows-1252" ? " (Latin-1); check accented letters" : ""}.`] : [];
  return { snapshot: textToSnapshot(text), warnings };
}
