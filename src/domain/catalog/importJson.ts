/**
 * A JSON file a user imports: one inspection, a catalog ({inspections: [...]}) or a list of them,
 * all in the catalog schema. Says in plain words what is wrong, naming the entry and the field.
 */
import { parseCatalog, parseInspection } from "./schema";
import type { CatalogProblem, Inspection } from "./types";

export interface JsonImport {
  inspections: Inspection[];
  /** Entries that could not be read (the others still import). */
  problems: CatalogProblem[];
  /** Set when nothing could be read at all. */
  error?: string;
}

/** Where JSON.parse stopped, as "line 3, column 7", from its message or its position. */
function whereJsonBroke(text: string, message: string): string {
  const lc = /line (\d+) column (\d+)/i.exec(message);
  if (lc) return ` (line ${lc[1]}, column ${lc[2]})`;
  const pos = /position (\d+)/i.exec(message);
  // V8 gives no position for an unexpected token, but quotes the text around it.
  if (!pos) return message ? ` (${message.length > 160 ? `${message.slice(0, 157)}…` : message})` : "";
  const before = text.slice(0, Number(pos[1]));
  const line = before.split("\n").length;
  return ` (line ${line}, column ${before.length - before.lastIndexOf("\n")})`;
}

/** Entries that could not be read, for a message: at most three, then "and N more". */
export function listCatalogProblems(problems: readonly CatalogProblem[]): string {
  const listed = problems.slice(0, 3).map((p) => `${p.label}: ${p.message}`);
  const more = problems.length - listed.length;
  return more > 0 ? `${listed.join("; ")}; and ${more} more` : listed.join("; ");
}

export function readInspectionJson(text: string): JsonImport {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\ufeff/, ""));
  } catch (e) {
    return { inspections: [], problems: [], error: `The file is not valid JSON${whereJsonBroke(text, e instanceof Error ? e.message : "")}. Check it was saved as JSON, not copied from a web page.` };
  }
  const single = raw && typeof raw === "object" && !Array.isArray(raw) && !("inspections" in raw);
  if (single) {
    const { inspection, error } = parseInspection(raw);
    if (inspection) return { inspections: [inspection], problems: [] };
    const r = raw as Record<string, unknown>;
    const looksLikeOne = "recommendations" in r || "publishedOn" in r || "title" in r;
    return {
      inspections: [],
      problems: [],
      error: looksLikeOne
        ? `The inspection in the file is not valid: ${error}.`
        : 'The file is not an inspection or a catalog: expected an inspection (with "id", "title", "publishedOn" and "recommendations") or {"inspections": [...]}.',
    };
  }
  const { inspections, problems } = parseCatalog(raw);
  if (problems.some((p) => p.index === -1)) {
    return { inspections: [], problems: [], error: 'The file is not an inspection or a catalog: expected an inspection or {"inspections": [...]}.' };
  }
  if (!inspections.length) {
    const lines = listCatalogProblems(problems);
    return { inspections: [], problems, error: problems.length ? `No inspection in the file is valid. ${lines}.` : "The file lists no inspections." };
  }
  return { inspections, problems };
}
