/**
 * The built-in catalog listed as it comes, for the pane's first screen (issue 12): a check of the
 * shape the inspection list reads, without the validator (zod), which loads after the first paint.
 * parseCatalog (schema.ts) then replaces this list with the validated one and reports what it
 * refused, so an entry this lets through is listed for a moment at most.
 */
import { CATALOG_LIMITS, ISO_DATE, SAFE_ID, isRealDate } from "./limits";
import type { Inspection } from "./types";

type Entry = Record<string, unknown>;

const isEntry = (v: unknown): v is Entry => typeof v === "object" && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === "string";
const texts = (v: unknown) => Array.isArray(v) && v.every(isText);

/** What the list and its search read of a recommendation: its text and its parts' texts. */
const listable = (v: unknown) =>
  Array.isArray(v) && v.length <= CATALOG_LIMITS.recommendations && v.every((r) => isEntry(r) && isText(r.text) && Array.isArray(r.parts) && r.parts.every((p) => isEntry(p) && isText(p.text)));

function looksLikeInspection(e: unknown): e is Inspection {
  return (
    isEntry(e) &&
    isText(e.id) &&
    SAFE_ID.test(e.id) &&
    isText(e.title) &&
    isText(e.shortTitle) &&
    isText(e.type) &&
    isText(e.publishedOn) &&
    ISO_DATE.test(e.publishedOn) &&
    isRealDate(e.publishedOn) &&
    texts(e.inspectorates) &&
    typeof e.complete === "boolean" &&
    listable(e.recommendations) &&
    (e.areasForImprovement === undefined || listable(e.areasForImprovement))
  );
}

/** The entries of a catalog ({inspections: [...]} or a bare array) that the list can show; the first of each id. */
export function previewCatalog(raw: unknown): Inspection[] {
  const list = Array.isArray(raw) ? raw : isEntry(raw) && Array.isArray(raw.inspections) ? raw.inspections : [];
  if (list.length > CATALOG_LIMITS.inspections) return [];
  const ids = new Set<string>();
  return list.filter((e): e is Inspection => looksLikeInspection(e) && !ids.has(e.id) && Boolean(ids.add(e.id)));
}
