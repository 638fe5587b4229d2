/**
 * A source's content, validated with the same schemas as the built-in data and a user's imports:
 * the catalog with the catalog schema (an entry that fails is skipped and named, the others are
 * used), the wording library with the wording schema (any entry that fails refuses the whole file:
 * dropping, say, the retired version of an entry would bring withdrawn wording back). Text stays
 * text: nothing here is ever treated as markup.
 */
import { readInspectionJson } from "../catalog/importJson";
import { CATALOG_LIMITS } from "../catalog/limits";
import type { Inspection } from "../catalog/types";
import { WORDING_LIMITS, parseWordingFile, wordingFileText } from "../wording/schema";
import type { WordingCategoryInfo, WordingSnippet } from "../wording/types";
import type { SourceFailure } from "./failures";
import type { SourceKind } from "./schema";

/** The most bytes read of each source (the schemas' own limits on a file's characters). */
export const SOURCE_LIMIT_BYTES: Record<SourceKind, number> = { catalog: CATALOG_LIMITS.fileChars, wording: WORDING_LIMITS.fileChars };

export interface CatalogContent {
  kind: "catalog";
  inspections: Inspection[];
  /** Entries left out, "label: why". */
  skipped: string[];
  /** What is kept: the valid inspections as a catalog file. */
  content: string;
}

export interface WordingContent {
  kind: "wording";
  snippets: WordingSnippet[];
  categories: WordingCategoryInfo[];
  content: string;
}

export type SourceContent = CatalogContent | WordingContent;
export type ContentRead<T> = { ok: true; value: T } | { ok: false; failure: SourceFailure };

/** Parses JSON, telling a web page (a sign-in page, a file viewer) from a broken file. */
function json(text: string): { ok: true } | { ok: false; failure: SourceFailure } {
  const body = text.replace(/^\ufeff/, "");
  try {
    JSON.parse(body);
    return { ok: true };
  } catch {
    return { ok: false, failure: { kind: "not-json", html: /^\s*</.test(body) } };
  }
}

const tooLarge = (kind: SourceKind, text: string): SourceFailure | null =>
  text.length > SOURCE_LIMIT_BYTES[kind] ? { kind: "too-big", limitBytes: SOURCE_LIMIT_BYTES[kind] } : null;

export function readCatalogContent(text: string): ContentRead<CatalogContent> {
  const big = tooLarge("catalog", text);
  if (big) return { ok: false, failure: big };
  const parsed = json(text);
  if (!parsed.ok) return parsed;
  const read = readInspectionJson(text);
  if (read.error) return { ok: false, failure: { kind: "invalid", message: `${read.error.charAt(0).toLowerCase()}${read.error.slice(1).replace(/\.$/, "")}` } };
  return {
    ok: true,
    value: {
      kind: "catalog",
      inspections: read.inspections,
      skipped: read.problems.map((p) => `${p.label}: ${p.message}`),
      content: JSON.stringify({ schemaVersion: 1, inspections: read.inspections }),
    },
  };
}

export function readWordingContent(text: string): ContentRead<WordingContent> {
  const big = tooLarge("wording", text);
  if (big) return { ok: false, failure: big };
  const parsed = json(text);
  if (!parsed.ok) return parsed;
  const read = parseWordingFile(text.replace(/^\ufeff/, ""));
  const whole = read.problems.find((p) => p.index === -1);
  if (whole) return { ok: false, failure: { kind: "invalid", message: `the file ${whole.message}` } };
  if (read.problems.length) {
    const listed = read.problems.slice(0, 3).map((p) => `${p.label}: ${p.message}`).join("; ");
    const n = read.problems.length;
    return { ok: false, failure: { kind: "invalid", message: `${n} ${n === 1 ? "entry is" : "entries are"} not valid (${listed}), so none of the file is used` } };
  }
  if (!read.snippets.length) return { ok: false, failure: { kind: "invalid", message: "the file lists no wording" } };
  return { ok: true, value: { kind: "wording", snippets: read.snippets, categories: read.categories, content: wordingFileText(read.snippets, read.categories) } };
}

export function readSourceContent(kind: SourceKind, text: string): ContentRead<SourceContent> {
  return kind === "catalog" ? readCatalogContent(text) : readWordingContent(text);
}
