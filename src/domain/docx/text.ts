/** Plain text into a snapshot: one paragraph per line, as Word does when it opens a .txt file. */
import type { DocumentSnapshot } from "../snapshot";

export function textToSnapshot(text: string): DocumentSnapshot {
  const body = text.replace(/^\uFEFF/, "");
  const lines = body.length ? body.split(/\r\n|\r|\n/) : [];
  return { paragraphs: lines.map((line) => ({ text: line })), controls: [], storedInspection: null };
}
