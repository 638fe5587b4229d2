/** `ird import-text`: report text to one catalog inspection, printed or added to a catalog file. */
import { existsSync, writeFileSync } from "node:fs";
import type { Inspection } from "../domain/catalog";
import { decodeText } from "../domain/docx/decode";
import { DocumentRefused, MAX_PART_BYTES } from "../domain/docx/limits";
import { importReportText } from "../domain/import";
import { InputError, readCatalogJson } from "./check";
import { readRegularFile, Unreadable } from "./readInput";

export interface ImportArgs {
  file: string;
  title?: string;
  published?: string;
  id?: string;
  json: boolean;
  into?: string;
  replace: boolean;
}

/** Today's date where the user is, for a report whose text gives none. */
function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

function readText(file: string, warnings: string[]): string {
  if (/\.pdf$/i.test(file)) throw new InputError(`cannot read ${file}: PDF: not yet; copy the report's text into a .txt file and import that`);
  if (/\.docx?$/i.test(file)) throw new InputError(`cannot read ${file}: Word files: not yet; save it as plain text (.txt) and import that`);
  let bytes: Buffer;
  try {
    bytes = readRegularFile(file, MAX_PART_BYTES);
  } catch (e) {
    if (e instanceof Unreadable) throw new InputError(`cannot read ${file}: ${e.message === "not a regular file: it is a folder" ? "it is a folder" : e.message}`);
    throw e;
  }
  if (bytes.subarray(0, 5).toString("latin1") === "%PDF-") throw new InputError(`cannot read ${file}: PDF: not yet; copy the report's text into a .txt file and import that`);
  try {
    const { text, encoding } = decodeText(bytes);
    if (encoding) warnings.push(`The file is not UTF-8: it was read as ${encoding} text; check accented letters.`);
    return text.replace(/^\uFEFF/, "");
  } catch (e) {
    if (e instanceof DocumentRefused) throw new InputError(`cannot read ${file}: ${e.message}`);
    throw e;
  }
}

export interface Imported {
  inspection: Inspection;
  warnings: string[];
}

export function importFile(args: ImportArgs): Imported {
  if (args.published !== undefined && !isRealDate(args.published)) throw new InputError(`--published must be a real date written YYYY-MM-DD, not "${args.published}"`);
  const readWarnings: string[] = [];
  const result = importReportText(readText(args.file, readWarnings), { title: args.title, publishedOn: args.published, id: args.id, today: localToday() });
  if (!result.inspection) throw new InputError(`nothing imported from ${args.file}: ${result.problem}`);
  return { inspection: result.inspection, warnings: [...readWarnings, ...result.warnings] };
}

function isRealDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/**
 * Adds the inspection to a catalog file, keeping everything else in it as it was; a new file is
 * created. An inspection with the same id is refused unless `replace` (then it takes its place).
 */
export function addToCatalog(file: string, inspection: Inspection, replace: boolean): "added" | "replaced" {
  let raw: unknown = { schemaVersion: 1, inspections: [] };
  if (existsSync(file)) raw = readCatalogJson(file);
  const list = Array.isArray(raw) ? raw : raw && typeof raw === "object" && Array.isArray((raw as { inspections?: unknown }).inspections) ? (raw as { inspections: unknown[] }).inspections : null;
  if (!list) throw new InputError(`bad catalog ${file}: expected {"inspections": [...]} or a list of inspections`);
  const at = list.findIndex((x) => x && typeof x === "object" && (x as { id?: unknown }).id === inspection.id);
  if (at >= 0 && !replace) throw new InputError(`${file} already has an inspection "${inspection.id}": use --replace to replace it, or --id to give this one another id`);
  if (at >= 0) list[at] = inspection;
  else list.push(inspection);
  try {
    writeFileSync(file, `${JSON.stringify(raw, null, 2)}\n`);
  } catch (e) {
    throw new InputError(`cannot write ${file}: ${(e as NodeJS.ErrnoException).code ?? "write error"}`);
  }
  return at >= 0 ? "replaced" : "added";
}

/** A few lines for a person: what was read, to check before adding it. */
export function describeImport({ inspection: i }: Imported): string {
  const rows = [...i.recommendations, ...(i.areasForImprovement ?? [])].map((r) => {
    const label = r.kind === "cause-of-concern" ? "Cause of concern" : r.kind === "area-for-improvement" ? "Area for improvement" : "Recommendation";
    const bits = [r.due, r.addressees.join(", ") || "addressee unknown", r.portalId && `#${r.portalId}`, r.parts.length && `${r.parts.length} parts`].filter(Boolean);
    return `  ${label} ${r.number} (${bits.join("; ")}): ${r.text.length > 90 ? `${r.text.slice(0, 89)}…` : r.text}`;
  });
  return [`${i.id}: ${i.title} (published ${i.publishedOn})`, ...rows].join("\n");
}
