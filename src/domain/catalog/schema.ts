import "../zodConfig";
import * as z from "zod/mini";
import { catalogIssueWords, describeCatalogIssues } from "./issueWords";
import { CATALOG_LIMITS, ISO_DATE, MAX_ID_LENGTH, SAFE_ID, isRealDate } from "./limits";
import type { CatalogLoad, CatalogProblem, Inspection } from "./types";

// zod/mini (functional API) rather than zod: the same checks at a third of the download.
const isoDate = z.string().check(z.regex(ISO_DATE, "must be a date like 2026-11-30"), z.refine(isRealDate, "is not a real date"));

const digits = z.nullable(z.string().check(z.regex(/^\d+$/, "must be digits")));

// Limits and the id rule live apart from the validator, so code that must not load zod can use them.
export { CATALOG_LIMITS, MAX_ID_LENGTH, SAFE_ID } from "./limits";

const id = z.string().check(
  z.superRefine((s, ctx) => {
    if (SAFE_ID.test(s)) return;
    const shown = JSON.stringify(s.length > 40 ? `${s.slice(0, 40)}…` : s);
    const why = s.length === 0 ? "must not be empty" : s.length > MAX_ID_LENGTH ? `is longer than ${MAX_ID_LENGTH} characters` : "may use only letters, digits, \".\", \"_\" and \"-\", starting with a letter or digit";
    ctx.addIssue({ code: "custom", message: s.length === 0 ? why : `${shown} ${why}`, input: s });
  }),
);

const limited = (max: number) =>
  z.string().check(z.trim(), z.minLength(1, "must not be empty"), z.maxLength(max, `must be ${max.toLocaleString("en-GB")} characters or fewer`));
const list = <T extends z.core.SomeType>(item: T, max: number, what: string) =>
  z.array(item).check(z.maxLength(max, `must list ${max} ${what} or fewer`));

export const recommendationPartSchema = z.object({ id, text: limited(CATALOG_LIMITS.text) });

export const recommendationKinds = ["recommendation", "cause-of-concern", "area-for-improvement"] as const;

export const inspectionScopes = ["force", "national"] as const;

export const recommendationSchema = z.object({
  id,
  kind: z.optional(z.enum(recommendationKinds)),
  number: z.number().check(z.int(), z.positive()),
  portalId: digits,
  text: limited(CATALOG_LIMITS.text),
  addressees: list(limited(CATALOG_LIMITS.shortText), CATALOG_LIMITS.addressees, "addressees"),
  localResponseExpected: z.boolean(),
  due: z.nullable(z.string().check(z.maxLength(CATALOG_LIMITS.shortText, `must be ${CATALOG_LIMITS.shortText} characters or fewer`))),
  parts: list(recommendationPartSchema, CATALOG_LIMITS.parts, "parts"),
});

export const inspectionSchema = z
  .object({
    id,
    title: limited(CATALOG_LIMITS.shortText),
    shortTitle: limited(CATALOG_LIMITS.shortText),
    publishedOn: isoDate,
    inspectorates: list(limited(CATALOG_LIMITS.shortText), CATALOG_LIMITS.addressees, "inspectorates"),
    type: z.string().check(z.maxLength(CATALOG_LIMITS.shortText, `must be ${CATALOG_LIMITS.shortText} characters or fewer`)),
    scope: z.optional(z.enum(inspectionScopes, { message: `must be ${inspectionScopes.join(" or ")}` })),
    portalId: digits,
    complete: z.boolean(),
    recommendations: list(recommendationSchema, CATALOG_LIMITS.recommendations, "recommendations"),
    areasForImprovement: z.optional(list(recommendationSchema, CATALOG_LIMITS.recommendations, "areas for improvement")),
  })
  .check(
    z.superRefine((insp, ctx) => {
      // Ids are unique across both lists: each names a section tag in the document.
      const seen = new Set<string>();
      const check = (list: "recommendations" | "areasForImprovement", items: typeof insp.recommendations) =>
        items.forEach((r, i) => {
          if (seen.has(r.id)) {
            ctx.addIssue({ code: "custom", path: [list, i, "id"], message: `repeats the id "${r.id}"` });
          }
          seen.add(r.id);
          // Kept apart so that coverage, which reads `recommendations`, never counts one.
          const isAfi = r.kind === "area-for-improvement";
          if (isAfi !== (list === "areasForImprovement")) {
            ctx.addIssue({
              code: "custom",
              path: [list, i, "kind"],
              message: isAfi ? "is an area for improvement: list it under areasForImprovement" : "must be area-for-improvement under areasForImprovement",
            });
          }
        });
      check("recommendations", insp.recommendations);
      check("areasForImprovement", insp.areasForImprovement ?? []);
      // Nothing to respond to would read as "0 of 0 answered", a pass. A PEEL report may list
      // only areas for improvement, so those alone still make an inspection.
      if (!insp.recommendations.length && !insp.areasForImprovement?.length) {
        ctx.addIssue({ code: "custom", path: ["recommendations"], message: "must list at least one recommendation or area for improvement" });
      }
    }),
  );


function labelOf(raw: unknown, index: number): string {
  if (raw && typeof raw === "object") {
    const r = raw as Record<string, unknown>;
    for (const key of ["shortTitle", "id", "title"]) {
      if (typeof r[key] === "string" && (r[key] as string).trim()) return r[key] as string;
    }
  }
  return `inspection ${index + 1}`;
}

const megabytes = (chars: number) => `${(chars / 1_000_000).toLocaleString("en-GB", { maximumFractionDigits: 1 })} MB`;

/**
 * Checked before JSON.parse: a message when a catalog's text is too large to read, else null.
 * (Counts characters, which for a JSON file are close to bytes.)
 */
export function catalogTextTooLarge(text: string): string | null {
  return text.length > CATALOG_LIMITS.fileChars ? `The catalog is too large to read (more than ${megabytes(CATALOG_LIMITS.fileChars)}). Check it is a catalog file.` : null;
}

/** Validates one inspection; throws nothing. */
export function parseInspection(raw: unknown): { inspection?: Inspection; error?: string } {
  const result = z.safeParse(inspectionSchema, raw, { error: catalogIssueWords });
  return result.success ? { inspection: result.data } : { error: describeCatalogIssues(result.error.issues) };
}

/**
 * Validates a catalog file ({inspections: [...]} or a bare array). A broken entry is reported in
 * `problems` and skipped; the others still load. Duplicate inspection ids keep the first.
 */
export function parseCatalog(raw: unknown): CatalogLoad {
  const problems: CatalogProblem[] = [];
  const list = Array.isArray(raw)
    ? raw
    : raw && typeof raw === "object" && Array.isArray((raw as { inspections?: unknown }).inspections)
      ? (raw as { inspections: unknown[] }).inspections
      : null;
  if (!list) {
    return { inspections: [], problems: [{ index: -1, label: "catalog", message: "is not a catalog: expected a list of inspections" }] };
  }
  if (list.length > CATALOG_LIMITS.inspections) {
    return { inspections: [], problems: [{ index: -1, label: "catalog", message: `lists ${list.length} inspections; a catalog may list ${CATALOG_LIMITS.inspections} at most` }] };
  }
  const inspections: Inspection[] = [];
  const ids = new Set<string>();
  list.forEach((entry, index) => {
    const { inspection, error } = parseInspection(entry);
    if (!inspection) {
      problems.push({ index, label: labelOf(entry, index), message: error ?? "is invalid" });
    } else if (ids.has(inspection.id)) {
      problems.push({ index, label: inspection.id, message: "repeats an inspection id already in the catalog" });
    } else {
      ids.add(inspection.id);
      inspections.push(inspection);
    }
  });
  return { inspections, problems };
}
