/**
 * Report text (pasted from a PDF, a web page, the HMICFRS recommendations pages, a tracker table
 * or minutes) to a catalog inspection, with warnings for whatever could not be read. Pure: no DOM,
 * no Node, no clock (the caller says what today is).
 *
 *   toLines (clean.ts)  ->  segment (segment.ts; classify.ts, lineContext.ts, table.ts)  ->  fields (fields.ts)  ->  inspection
 *
 * Word lists: words.ts. Warnings are facts (warnings.ts), worded by the caller. A PDF's text comes
 * from pdfLayout.ts (reading order, columns) after the caller has run pdf.js.
 */
import { parseInspection } from "../catalog/schema";
import type { Inspection, Recommendation, RecommendationKind } from "../catalog/types";
import { joinLines, toLines, vocabularyOf } from "./clean";
import { findAddressees, findDue, splitInlineParts } from "./fields";
import { countStatement, findInspectorates, findPublished, findTitle, findType, makeId, makeShortTitle } from "./meta";
import { classify } from "./classify";
import { segment, type RawItem } from "./segment";
import type { ImportProblem, ImportWarning } from "./warnings";

export { describeWarning, itemLabel, KIND_NAMES, type ImportProblem, type ImportWarning, type Remedies } from "./warnings";

export interface ImportOptions {
  /** Overrides what the text says. */
  title?: string;
  /** YYYY-MM-DD; overrides what the text says. */
  publishedOn?: string;
  id?: string;
  /** The title in the document's own properties (a PDF's Title): used when the text names none for certain. */
  documentTitle?: string | null;
  /** YYYY-MM-DD: the publication date when neither the text nor the caller gives one. */
  today: string;
}

/** Warnings and problems are facts (codes); the caller words them (describeWarning). */
export type ImportResult =
  | { inspection: Inspection; warnings: ImportWarning[]; problem?: undefined }
  | { inspection: null; warnings: ImportWarning[]; problem: ImportProblem };
const ID_PREFIX: Record<RecommendationKind, string> = { recommendation: "r", "cause-of-concern": "c", "area-for-improvement": "a" };

interface Read {
  kind: RecommendationKind;
  number: number | null;
  portalId: string | null;
  text: string;
  parts: string[];
  at: number;
}

export function importReportText(text: string, options: ImportOptions): ImportResult {
  const warnings: ImportWarning[] = [];
  const lines = toLines(text);
  const vocabulary = vocabularyOf(lines);
  const { items, statedCounts } = segment(lines, countStatement);

  const read = dedupe(items.map((item) => readItem(item, vocabulary)).filter((r): r is Read => r !== null));
  if (!read.length) {
    return { inspection: null, warnings, problem: { code: "nothing-found" } };
  }

  const portalTitles = items.map((i) => i.portalTitle).filter((t): t is string => !!t);
  const titleFound = findTitle(lines, portalTitles);
  const documentTitle = options.documentTitle?.trim();
  let title = options.title?.trim() || titleFound?.title || "";
  if (!options.title?.trim() && (!titleFound || titleFound.guessed)) {
    if (documentTitle) {
      title = documentTitle;
      warnings.push({ code: "title-from-document", title });
    } else if (!titleFound) {
      title = "Imported inspection";
      warnings.push({ code: "no-title", used: title });
    } else warnings.push({ code: "title-guessed", title: titleFound.title });
  }
  let publishedOn = options.publishedOn ?? findPublished(lines);
  if (!publishedOn) {
    publishedOn = options.today;
    warnings.push({ code: "no-publication-date", used: options.today });
  }
  const plain = lines.map((l) => l.text).join("\n");
  const inspectorates = findInspectorates(plain);
  const shortTitle = makeShortTitle(title);

  const placed: { rec: Recommendation; at: number }[] = [];
  for (const kind of ["recommendation", "cause-of-concern", "area-for-improvement"] as RecommendationKind[]) {
    const ofKind = read.filter((r) => r.kind === kind);
    if (!ofKind.length) continue;
    const numbers = numberItems(ofKind, kind, warnings);
    const stated = statedCounts[kind];
    if (stated !== undefined && stated !== ofKind.length) warnings.push({ code: "count-differs", kind, stated, read: ofKind.length });
    ofKind.forEach((r, k) => placed.push({ rec: toRecommendation(r, numbers[k], warnings), at: r.at }));
  }
  // Report order across kinds: a cause of concern sits where the report put it.
  placed.sort((x, y) => x.at - y.at);
  const recommendations = placed.filter((p) => p.rec.kind !== "area-for-improvement").map((p) => p.rec);
  const areasForImprovement = placed.filter((p) => p.rec.kind === "area-for-improvement").map((p) => p.rec);

  const inspection = {
    id: options.id?.trim() || makeId(inspectorates, shortTitle, publishedOn),
    title,
    shortTitle,
    publishedOn,
    inspectorates,
    type: findType(plain, inspectorates),
    portalId: titleFound?.portalId ?? null,
    complete: true,
    recommendations,
    ...(areasForImprovement.length ? { areasForImprovement } : {}),
  };
  const checked = parseInspection(inspection);
  if (!checked.inspection) return { inspection: null, warnings, problem: { code: "invalid", error: checked.error ?? "is invalid" } };
  return { inspection: checked.inspection, warnings };

}

function readItem(item: RawItem, vocabulary: Set<string>): Read | null {
  let text = joinLines(item.lines, vocabulary);
  let number = item.number;
  let kind = item.kind;
  let portalId = item.portalId;
  // A table cell may carry its own label: "Recommendation 3: …", "#21912 – …".
  const u = classify(text);
  if (u.type === "label") {
    text = u.rest;
    number ??= u.number;
    portalId ??= u.portalId;
    if (u.kind) kind = u.kind;
  }
  text = text.replace(/^[-–—:]\s*/, "").trim();
  let parts = item.parts.map((p) => joinLines(p, vocabulary)).filter((p) => p.length > 1);
  if (!parts.length) {
    const inline = splitInlineParts(text);
    if (inline) {
      text = inline.lead;
      parts = inline.parts;
    }
  }
  if (!text && parts.length) text = parts.shift()!;
  if (!text) return null;
  return { kind, number, portalId, text, parts, at: item.at };
}

const comparable = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, "");

/**
 * A report often gives its recommendations twice (the summary, then the chapter): the same
 * text, or one a shortened start of the other, is one recommendation.
 */
function dedupe(read: Read[]): Read[] {
  const out: Read[] = [];
  for (const r of read) {
    const c = comparable(r.text);
    const same = out.find((o) => {
      if (o.kind !== r.kind) return false;
      const oc = comparable(o.text);
      const shorter = Math.min(oc.length, c.length);
      return oc === c || (shorter >= 40 && (oc.startsWith(c.slice(0, shorter)) || c.startsWith(oc.slice(0, shorter))));
    });
    if (!same) {
      out.push(r);
      continue;
    }
    if (r.text.length > same.text.length) same.text = r.text;
    if (r.parts.length > same.parts.length) same.parts = r.parts;
    same.portalId ??= r.portalId;
    same.number ??= r.number;
  }
  return out;
}

/** The report's own numbers when they are whole and unique; otherwise report order, with a warning. */
function numberItems(items: Read[], kind: RecommendationKind, warnings: ImportWarning[]): number[] {
  const given = items.map((r) => r.number);
  const known = given.filter((n): n is number => n !== null);
  const unique = new Set(known).size === known.length;
  if (known.length === items.length && unique) {
    const sorted = [...known].sort((a, b) => a - b);
    for (let k = 1; k < sorted.length; k++) {
      if (sorted[k] - sorted[k - 1] > 1) warnings.push({ code: "numbering-gap", kind, after: sorted[k - 1], next: sorted[k] });
    }
    if (sorted[0] > 1 && items.length > 1) warnings.push({ code: "numbering-starts-late", kind, first: sorted[0] });
    return known;
  }
  if (known.length && !unique) warnings.push({ code: "number-repeated", kind });
  else if (known.length) warnings.push({ code: "number-missing", kind });
  return items.map((_, k) => k + 1);
}

function toRecommendation(r: Read, number: number, warnings: ImportWarning[]): Recommendation {
  const id = `${ID_PREFIX[r.kind]}${number}`;
  const whole = [r.text, ...r.parts].join(" ");
  const due = findDue(r.text) ?? (r.kind === "cause-of-concern" && r.parts.length ? findDue(r.parts[0]) : null);
  const { names, local } = findAddressees(r.kind === "cause-of-concern" ? whole : `${r.text} ${r.parts.join("; ")}`);
  if (!names.length) warnings.push({ code: "no-addressee", kind: r.kind, number });
  if (!/[.;:!?)’”"']$/.test(r.text) && !r.parts.length) warnings.push({ code: "unfinished-text", kind: r.kind, number });
  return {
    id,
    ...(r.kind === "recommendation" ? {} : { kind: r.kind }),
    number,
    portalId: r.portalId,
    text: r.text,
    addressees: names,
    localResponseExpected: names.length ? local : true,
    due,
    parts: r.parts.map((text, k) => ({ id: `${id}.${k + 1}`, text })),
  };
}
