/** `ird import-text`: report text (a .txt file or the report PDF) to one catalog inspection, printed or added to a catalog file. */
import { existsSync, writeFileSync } from "node:fs";
import type { Inspection } from "../domain/catalog";
import { decodeText } from "../domain/docx/decode";
import { DocumentRefused, MAX_INPUT_BYTES, MAX_PART_BYTES } from "../domain/docx/limits";
import { describeWarning, importReportText, type ImportProblem, type Remedies } from "../domain/import";
import { InputError, readCatalogJson } from "./check";
import { readRegularFile, Unreadable } from "./readInput";
import { PdfUnreadable, readPdf } from "./readPdf";

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

/** The parser's warnings are facts: here they point to ird's own options. */
const CLI_REMEDIES: Remedies = {
  giveTitle: "give one with --title",
  checkTitle: "check it (--title gives another)",
  checkPublished: "check it (--published gives another)",
  changeAddressees: "edit its addressees in the JSON if not",
};

const problemWords = (problem: ImportProblem) =>
  problem.code === "nothing-found" ? "no recommendations, causes of concern or areas for improvement found in the text" : `the inspection read is not valid: ${problem.error}`;

interface SourceText {
  text: string;
  /** The PDF's Title property, when it names the report. */
  documentTitle: string | null;
}

async function readSource(file: string, warnings: string[]): Promise<SourceText> {
  if (/\.docx?$/i.test(file)) throw new InputError(`cannot read ${file}: Word files: not yet; save it as plain text (.txt) and import that`);
  const pdfNamed = /\.pdf$/i.test(file);
  let bytes: Buffer;
  try {
    bytes = pdfNamed ? readRegularFile(file, MAX_INPUT_BYTES, "PDF") : readRegularFile(file, MAX_PART_BYTES);
  } catch (e) {
    if (e instanceof Unreadable) throw new InputError(`cannot read ${file}: ${e.message === "not a regular file: it is a folder" ? "it is a folder" : e.message}`);
    throw e;
  }
  if (pdfNamed || bytes.subarray(0, 5).toString("latin1") === "%PDF-") return readPdfSource(file, bytes, warnings);
  return { text: readText(file, bytes, warnings), documentTitle: null };
}

async function readPdfSource(file: string, bytes: Buffer, warnings: string[]): Promise<SourceText> {
  try {
    const pdf = await readPdf(bytes);
    if (pdf.unreadPages.length) warnings.push(`Page${pdf.unreadPages.length === 1 ? "" : "s"} ${pdf.unreadPages.join(", ")} of the PDF could not be read; check that no recommendation is missing.`);
    return { text: pdf.text, documentTitle: pdf.title };
  } catch (e) {
    if (e instanceof PdfUnreadable) throw new InputError(`cannot read ${file}: ${e.message}`);
    throw e;
  }
}

function readText(file: string, bytes: Buffer, warnings: string[]): string {
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

export async function importFile(args: ImportArgs): Promise<Imported> {
  if (args.published !== undefined && !isRealDate(args.published)) throw new InputError(`--published must be a real date written YYYY-MM-DD, not "${args.published}"`);
  const readWarnings: string[] = [];
  const source = await readSource(args.file, readWarnings);
  const result = importReportText(source.text, { title: args.title, publishedOn: args.published, id: args.id, documentTitle: source.documentTitle, today: localToday() });
  if (!result.inspection) throw new InputError(`nothing imported from ${args.file}: ${problemWords(result.problem)}`);
  return { inspection: result.inspection, warnings: [...readWarnings, ...result.warnings.map((w) => describeWarning(w, CLI_REMEDIES))] };
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
