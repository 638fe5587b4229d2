/**
 * How the document is marked (ARCHITECTURE.md "Marking the document"). Every structure the
 * add-in inserts is a content control whose tag is built and read here, and only here.
 */
export const TAG_PREFIX = "ird:";
export const XML_NAMESPACE = "urn:inspection-response-drafter:v1";

export type ParsedTag =
  | { kind: "section"; inspectionId: string; recId: string }
  | { kind: "response"; inspectionId: string; recId: string }
  | { kind: "wording"; wordingId: string; version: string }
  | { kind: "other"; name: string };

export const sectionTag = (inspectionId: string, recId: string) => `ird:section:${inspectionId}:${recId}`;
export const responseTag = (inspectionId: string, recId: string) => `ird:response:${inspectionId}:${recId}`;
export const wordingTag = (wordingId: string, version: string | number) => `ird:wording:${wordingId}@${version}`;
/** Tags for structure that is not per recommendation (letter opening, signature, appendix heading). */
export const blockTag = (name: string) => `ird:block:${name}`;

/** Reads an add-in tag; returns null for tags that are not ours (or are malformed). */
export function parseTag(tag: string | null | undefined): ParsedTag | null {
  if (!tag || !tag.startsWith(TAG_PREFIX)) return null;
  const m = /^ird:(section|response):([^:]+):([^:]+)$/.exec(tag);
  if (m) return { kind: m[1] as "section" | "response", inspectionId: m[2], recId: m[3] };
  const w = /^ird:wording:([^@]+)@(.+)$/.exec(tag);
  if (w) return { kind: "wording", wordingId: w[1], version: w[2] };
  const b = /^ird:block:(.+)$/.exec(tag);
  if (b) return { kind: "other", name: b[1] };
  return null;
}

/**
 * The recommendation a tag of ours belongs to: a section, its response, or its protected
 * recommendation text (`ird:block:rec-text:<inspectionId>:<recId>`); null for anything else.
 */
export function recommendationOfTag(tag: string | null | undefined): { inspectionId: string; recId: string } | null {
  const parsed = parseTag(tag);
  if (parsed?.kind === "section" || parsed?.kind === "response") return { inspectionId: parsed.inspectionId, recId: parsed.recId };
  const text = parsed?.kind === "other" ? /^rec-text:([^:]+):([^:]+)$/.exec(parsed.name) : null;
  return text ? { inspectionId: text[1], recId: text[2] } : null;
}
