/** `ird check`: reads .docx/.txt files (or a folder of them) and reports their coverage. */
import builtInCatalog from "../../assets/catalog.json";
import { publicationCheck, type PublishCheck } from "../domain/coverage/publish";
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { parseCatalog, type Inspection } from "../domain/catalog";
import { otherInspectionNote } from "../domain/coverage/named";
import { analyse } from "../domain/coverage";
import type { CoverageReport } from "../domain/coverage/types";
import { docxToSnapshot, DocumentRefused, readTextFile, type DocxRead } from "../domain/docx";
import { decodeText } from "../domain/docx/decode";
import { MAX_INPUT_BYTES } from "../domain/docx/limits";
import type { DocumentSnapshot } from "../domain/snapshot";
import { readRegularFile, Unreadable } from "./readInput";
import { storedDiffers } from "./storedDiffers";

/** Bad input: the CLI prints the message on one line and exits 2. */
export class InputError extends Error {
  override name = "InputError";
}

const READABLE = /\.(docx|txt)$/i;

const firstLine = (e: unknown) => String((e as Error)?.message ?? e).split("\n")[0];

export interface Catalog {
  inspections: Inspection[];
  /** Entries the schema refused, by id, with the reason: asked for by id, they are explained, not "unknown". */
  refused: Map<string, string>;
}

/** A catalog file's JSON: any BOM or UTF-16 read silently, a folder or a pipe refused by name. */
export function readCatalogJson(file: string): unknown {
  let isFolder = false;
  try {
    isFolder = statSync(file).isDirectory();
  } catch {
    // readRegularFile says why.
  }
  if (isFolder) throw new InputError(`bad catalog ${file}: it is a folder; --catalog takes a catalog .json file`);
  let text: string;
  try {
    text = decodeText(readRegularFile(file, MAX_INPUT_BYTES, "catalog file")).text;
  } catch (e) {
    if (e instanceof Unreadable) throw new InputError(`bad catalog ${file}: ${e.message}`);
    if (e instanceof DocumentRefused) throw new InputError(`bad catalog ${file}: not valid JSON (${e.message})`);
    throw e;
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    throw new InputError(`bad catalog ${file}: not valid JSON (${firstLine(e)})`);
  }
}

/** A catalog file, or (none given) the built-in catalog, which the built CLI carries inside it. */
export function loadCatalog(file: string | undefined): Catalog {
  const raw = file === undefined ? builtInCatalog : readCatalogJson(file);
  const { inspections, problems } = parseCatalog(raw);
  if (!inspections.length) throw new InputError(`bad catalog ${file ?? "(built in)"}: ${problems[0] ? `${problems[0].label}: ${problems[0].message}` : "no inspections"}`);
  const list = (Array.isArray(raw) ? raw : (raw as { inspections: unknown[] }).inspections) as { id?: unknown }[];
  const refused = new Map<string, string>();
  for (const p of problems) {
    const id = list[p.index]?.id;
    if (typeof id === "string" && !refused.has(id)) refused.set(id, p.message);
  }
  return { inspections, refused };
}

/** The folders inside a folder, which `listFiles` does not look in: each is for the user to check on its own. */
export function foldersIn(target: string): string[] {
  try {
    return readdirSync(target, { withFileTypes: true })
      .filter((e) => e.isDirectory() && !/\.(docx|txt)$/i.test(e.name))
      .map((e) => e.name)
      .sort();
  } catch {
    return [];
  }
}

/** The files to check: the file itself, or the .docx/.txt files of a folder (not recursive). */
export function listFiles(target: string): string[] {
  let st;
  try {
    st = statSync(target);
  } catch {
    throw new InputError(`cannot read ${target}: no such file or folder`);
  }
  if (!st.isDirectory()) return [target];
  const files = readdirSync(target)
    .filter((f) => READABLE.test(f) && !f.startsWith("~$"))
    .sort()
    .map((f) => path.join(target, f));
  if (!files.length) throw new InputError(`no .docx or .txt files in ${target}`);
  return files;
}

export async function readSnapshot(file: string): Promise<DocxRead> {
  if (!READABLE.test(file)) {
    const hint = /\.doc$/i.test(file) ? " (save it as .docx first)" : "";
    throw new InputError(`cannot check ${file}: ird reads .docx and .txt files${hint}`);
  }
  let bytes: Buffer;
  try {
    bytes = readRegularFile(file, MAX_INPUT_BYTES);
  } catch (e) {
    if (e instanceof Unreadable) throw new InputError(`cannot read ${file}: ${e.message}`);
    throw e;
  }
  try {
    return /\.txt$/i.test(file) ? readTextFile(bytes) : await docxToSnapshot(bytes);
  } catch (e) {
    if (e instanceof DocumentRefused) throw new InputError(`cannot check ${file}: ${e.message}`);
    throw new InputError(`cannot check ${file}: it could not be read (${firstLine(e)})`);
  }
}

export interface Checked {
  file: string;
  inspection: Inspection;
  report: CoverageReport;
  /** Something outside the answers needs a look (e.g. the stored inspection differs from the catalog's). */
  attention: boolean;
  /** With --publish: what stands between this document and publication. */
  publish?: PublishCheck;
}

/**
 * Which inspection a document is checked against. The catalog's, whenever it knows the id asked
 * for (or, when none was asked for, the id stored in the document): a stored copy is the
 * document's own claim and may have been edited, so it is only compared, and a difference noted.
 * The stored copy is used only when the catalog does not know the inspection.
 */
export function chooseInspection(snapshot: DocumentSnapshot, wanted: string | undefined, catalog: Catalog, notes: string[]): { inspection: Inspection; attention: boolean } {
  const stored = snapshot.storedInspection ?? null;
  const id = wanted ?? stored?.id;
  if (!id) throw new InputError("no inspection given: use --inspection <id>");
  const known = catalog.inspections.find((i) => i.id === id);
  const ownStored = stored?.id === id ? stored : null;
  if (stored && !ownStored) notes.push(`The document was drafted for ${stored.id}; checked against ${id} as asked.`);
  let chosen: Inspection;
  let attention = false;
  if (known) {
    chosen = known;
    const diff = ownStored ? storedDiffers(ownStored, known) : null;
    if (diff) {
      notes.push(`The inspection stored in the document differs from the catalog's (${diff}): checked against the catalog's recommendations.`);
      attention = true;
    }
  } else if (ownStored) {
    chosen = ownStored;
    notes.push(`Checked against the inspection stored in the document: the catalog does not list ${id}.`);
  } else {
    const why = catalog.refused.get(id);
    if (why) throw new InputError(`inspection "${id}" in the catalog is not valid: ${why}`);
    throw new InputError(`unknown inspection "${id}" (known: ${catalog.inspections.map((i) => i.id).join(", ")})`);
  }
  if (!chosen.recommendations.length) {
    const afis = chosen.areasForImprovement?.length ?? 0;
    throw new InputError(`inspection "${id}" lists no recommendations to check${afis ? ` (only areas for improvement, which ird check does not count)` : ""}`);
  }
  return { inspection: chosen, attention };
}

export async function checkFile(file: string, wanted: string | undefined, catalog: Catalog, publish?: { today: Date }): Promise<Checked> {
  const { snapshot, warnings } = await readSnapshot(file);
  const extra: string[] = [...warnings];
  const chosen = chooseInspection(snapshot, wanted, catalog, extra);
  const { inspection } = chosen;
  // A letter about another inspection: its key findings could read as answers to this one's.
  const other = otherInspectionNote((snapshot.paragraphs ?? []).map((p) => p.text).join("\n"), inspection, catalog.inspections);
  if (other) extra.unshift(other);
  const attention = chosen.attention || other !== null;
  const report = analyse(snapshot, inspection);
  report.notes.push(...extra);
  return { file, inspection, report, attention, ...(publish ? { publish: publicationCheck(snapshot, inspection, report, publish.today) } : {}) };
}
