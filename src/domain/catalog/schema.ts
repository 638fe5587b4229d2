import * as z from "zod/mini";
import { zodMessages } from "../zodMessages";
import type { CatalogLoad, CatalogProblem, Inspection } from "./types";

// zod/mini (functional API) rather than zod: the same checks at a third of the download.
const isoDate = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date written YYYY-MM-DD"),
  z.refine((s) => {
    // Round-trip, since Date.parse rolls 2021-02-30 over into March instead of refusing it.
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, "is not a real date"),
);

const nonEmpty = z.string().check(z.trim(), z.minLength(1, "must not be empty"));
const digits = z.nullable(z.string().check(z.regex(/^\d+$/, "must be digits")));

export const recommendationPartSchema = z.object({ id: nonEmpty, text: nonEmpty });

export const recommendationKinds = ["recommendation", "cause-of-concern", "area-for-improvement"] as const;

export const recommendationSchema = z.object({
  id: nonEmpty,
  kind: z.optional(z.enum(recommendationKinds)),
  number: z.number().check(z.int(), z.positive()),
  portalId: digits,
  text: nonEmpty,
  addressees: z.array(nonEmpty),
  localResponseExpected: z.boolean(),
  due: z.nullable(z.string()),
  parts: z.array(recommendationPartSchema),
});

export const inspectionSchema = z
  .object({
    id: nonEmpty,
    title: nonEmpty,
    shortTitle: nonEmpty,
    publishedOn: isoDate,
    inspectorates: z.array(nonEmpty),
    type: z.string(),
    portalId: digits,
    complete: z.boolean(),
    recommendations: z.array(recommendationSchema),
    areasForImprovement: z.optional(z.array(recommendationSchema)),
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

function describeIssues(error: z.core.$ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join(".") || "entry"} ${issue.message}`)
    .join("; ");
}

function labelOf(raw: unknown, index: number): string {
  if (raw && typeof raw === "object") {
    const r = raw as Record<string, unknown>;
    for (const key of ["shortTitle", "id", "title"]) {
      if (typeof r[key] === "string" && (r[key] as string).trim()) return r[key] as string;
    }
  }
  return `entry ${index + 1}`;
}

/** Validates one inspection; throws nothing. */
export function parseInspection(raw: unknown): { inspection?: Inspection; error?: string } {
  const result = z.safeParse(inspectionSchema, raw, { error: zodMessages });
  return result.success ? { inspection: result.data } : { error: describeIssues(result.error) };
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
