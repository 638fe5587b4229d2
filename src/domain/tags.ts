/**
 * How the document is marked (ARCHITECTURE.md "Marking the document"). Every structure the
 * add-in inserts is a content control whose tag is built and read here, and only here.
 */
export const TAG_PREFIX = "ird:";

/**
 * The longest tag the add-in writes. Word documents no limit on a content control's tag: w:tag is a
 * plain ST_String (ECMA-376 Part 1 §17.5.2.42) and MS-OI29500, which lists where Word is stricter
 * than the standard, has no entry for it (only the title is cut, to 64 characters on screen,
 * WORD-SEMANTICS 31). Where MS-OI29500 does cap comparable free strings, it is at 255 characters
 * (2.1.515 a text form field's default, 2.1.592 a smart tag's key and value): every tag stays
 * within that, so no Word, file converter or later version has a reason to cut one.
 */
export const MAX_TAG_LENGTH = 255;
export const XML_NAMESPACE = "urn:inspection-response-drafter:v1";

export type ParsedTag =
  | { kind: "section"; inspectionId: string; recId: string }
  | { kind: "response"; inspectionId: string; recId: string }
  | { kind: "wording"; wordingId: string; version: string }
  | { kind: "other"; name: string };

/**
 * The characters an id keeps in a tag as they are. The catalog schema allows only these in ids
 * (catalog/schema.ts), so the tags of a valid catalog read as plain text; anything else (an id
 * from an older catalog, a document's stored inspection) is percent-escaped (UTF-8, as in a URL),
 * so a ":" or "@" in an id can never split a tag into the wrong parts.
 */
const SAFE_CHAR = /[A-Za-z0-9._-]/;

/** One id as it appears in a tag: safe characters as they are, every other one percent-escaped. */
export function tagPart(id: string): string {
  let out = "";
  for (const ch of String(id)) {
    if (SAFE_CHAR.test(ch)) out += ch;
    // A lone surrogate (half an emoji) has no UTF-8 form: it stands as U+FFFD, as a decoder would read it.
    else out += /^[\ud800-\udfff]$/.test(ch) ? "%EF%BF%BD" : encodeURIComponent(ch).replace(/[!'()*~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  }
  return out;
}

/** The id a tag part stands for, or null when it is not one tagPart could have made. */
function readPart(part: string): string | null {
  if (!/^(?:[A-Za-z0-9._-]|%[0-9A-F]{2})+$/.test(part)) return null;
  try {
    return decodeURIComponent(part);
  } catch {
    return null; // "%FF" alone is no UTF-8
  }
}

export const sectionTag = (inspectionId: string, recId: string) => `ird:section:${tagPart(inspectionId)}:${tagPart(recId)}`;
export const responseTag = (inspectionId: string, recId: string) => `ird:response:${tagPart(inspectionId)}:${tagPart(recId)}`;
export const wordingTag = (wordingId: string, version: string | number) => `ird:wording:${tagPart(wordingId)}@${tagPart(String(version))}`;
/** Tags for structure that is not per recommendation (letter opening, signature, appendix heading). */
export const blockTag = (name: string) => `ird:block:${name}`;
/**
 * A letter's own block (addressee, date, opening, signature, copies…), tagged with the inspection
 * it answers: ird:block:<name>:<inspectionId>. A document answering a second inspection gets that
 * letter's blocks too, and "Insert full response" again does not repeat them.
 */
export const letterBlockTag = (name: string, inspectionId: string) => blockTag(`${name}:${tagPart(inspectionId)}`);
/**
 * The tag an older version of the add-in gave the letter block `tag` of `inspectionId`
 * (ird:block:<name>, before blocks carried their inspection), or null when `tag` is no letter block
 * of that inspection.
 */
export function olderLetterBlockTag(tag: string, inspectionId: string): string | null {
  const head = blockTag("");
  const tail = `:${tagPart(inspectionId)}`;
  if (!tag.startsWith(head) || !tag.endsWith(tail) || tag.length <= head.length + tail.length) return null;
  const name = tag.slice(head.length, -tail.length);
  // Block names are slugs (compose/schema.ts): "rec-text:<inspection>" and the like are not letter blocks.
  return /^[a-z0-9]+(-[a-z0-9]+)*$/.test(name) ? blockTag(name) : null;
}

/**
 * Whether a document's older letter blocks (no inspection in their tags) are `inspectionId`'s
 * letter: they are when the document's stored inspection is that one; with none known, when the
 * sections the document holds are all that inspection's, or it holds none (nothing says the letter
 * answers another). `documentTags`: the tags of the document's controls.
 */
export function olderLetterBlocksBelongTo(inspectionId: string, documentTags: readonly string[], storedInspectionId?: string | null): boolean {
  if (storedInspectionId) return storedInspectionId === inspectionId;
  const answered = new Set<string>();
  for (const tag of documentTags) {
    const parsed = parseTag(tag);
    if (parsed?.kind === "section") answered.add(parsed.inspectionId);
  }
  return answered.size === 0 || (answered.size === 1 && answered.has(inspectionId));
}

/** The recommendation text's protected control inside a section: ird:block:rec-text:<inspectionId>:<recId>. */
export const recTextTag = (inspectionId: string, recId: string) => blockTag(`rec-text:${tagPart(inspectionId)}:${tagPart(recId)}`);

/** Every section tag of one inspection starts with this. */
export const sectionTagPrefix = (inspectionId: string) => `ird:section:${tagPart(inspectionId)}:`;
/** The coverage table's own control (kept, so a second "Add coverage table" updates it in place). */
export const coverageTableTag = (inspectionId: string) => blockTag(`coverage-table:${tagPart(inspectionId)}`);
/** Whether `tag` is a coverage table's control (of any inspection). */
export const isCoverageTableTag = (tag: string) => tag.startsWith(blockTag("coverage-table:"));

/** Reads an add-in tag; returns null for tags that are not ours (or are malformed). */
export function parseTag(tag: string | null | undefined): ParsedTag | null {
  if (!tag || !tag.startsWith(TAG_PREFIX)) return null;
  const m = /^ird:(section|response):([^:]+):([^:]+)$/.exec(tag);
  if (m) {
    const [inspectionId, recId] = [readPart(m[2]), readPart(m[3])];
    return inspectionId !== null && recId !== null ? { kind: m[1] as "section" | "response", inspectionId, recId } : null;
  }
  const w = /^ird:wording:([^@]+)@(.+)$/.exec(tag);
  if (w) {
    const [wordingId, version] = [readPart(w[1]), readPart(w[2])];
    return wordingId !== null && version !== null ? { kind: "wording", wordingId, version } : null;
  }
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
  if (!text) return null;
  const [inspectionId, recId] = [readPart(text[1]), readPart(text[2])];
  return inspectionId !== null && recId !== null ? { inspectionId, recId } : null;
}
