/**
 * Wording as the author will see it before inserting: placeholders filled, a value that is missing
 * shown as its marker ("[PCC name]") and named, and the prompts the author must replace
 * ("[give the reason]") marked, paragraph by paragraph.
 */
import { fillTemplate, markerFor, type TemplateValues } from "./template";
import type { PlaceholderName } from "./placeholders";

export type PreviewSegment = { kind: "text"; text: string } | { kind: "missing"; text: string; name: PlaceholderName } | { kind: "prompt"; text: string };

export interface WordingPreview {
  paragraphs: PreviewSegment[][];
  /** Placeholders with no value, in order of first use. */
  missing: PlaceholderName[];
  /** The prompts for the author, as written, each once. */
  prompts: string[];
}

/** Splits filled text into plain text, missing-value markers and prompts (any other "[…]"). */
function segments(paragraph: string, markers: Map<string, PlaceholderName>): PreviewSegment[] {
  const out: PreviewSegment[] = [];
  let last = 0;
  for (const m of paragraph.matchAll(/\[[^\][\n]{1,200}\]/g)) {
    const at = m.index ?? 0;
    if (at > last) out.push({ kind: "text", text: paragraph.slice(last, at) });
    const name = markers.get(m[0]);
    out.push(name ? { kind: "missing", text: m[0], name } : { kind: "prompt", text: m[0] });
    last = at + m[0].length;
  }
  if (last < paragraph.length) out.push({ kind: "text", text: paragraph.slice(last) });
  return out;
}

export function previewWording(template: string, values: TemplateValues): WordingPreview {
  const filled = fillTemplate(template, values);
  const markers = new Map(filled.missing.map((name) => [markerFor(name), name]));
  const paragraphs = filled.text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => segments(p, markers));
  const prompts = [...new Set(paragraphs.flat().flatMap((s) => (s.kind === "prompt" ? [s.text] : [])))];
  return { paragraphs, missing: filled.missing, prompts };
}
