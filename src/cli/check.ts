/** `ird check`: reads .docx/.txt files (or a folder of them) and reports their coverage. */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { parseCatalog, type Inspection } from "../domain/catalog";
import { analyse } from "../domain/coverage";
import type { CoverageReport } from "../domain/coverage/types";
import { docxToSnapshot, NotAWordDocument, textToSnapshot } from "../domain/docx";
import type { DocumentSnapshot } from "../domain/snapshot";

/** Bad input: the CLI prints the message on one line and exits 2. */
export class InputError extends Error {
  override name = "InputError";
}

const READABLE = /\.(docx|txt)$/i;

export function loadCatalog(file: string): Inspection[] {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    throw new InputError(`bad catalog ${file}: ${(e as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : "not valid JSON"}`);
  }
  const { inspections, problems } = parseCatalog(raw);
  if (!inspections.length) throw new InputError(`bad catalog ${file}: ${problems[0] ? `${problems[0].label} ${problems[0].message}` : "no inspections"}`);
  return inspections;
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

export async function readSnapshot(file: string): Promise<{ snapshot: DocumentSnapshot; warnings: string[] }> {
  if (!READABLE.test(file)) {
    const hint = /\.doc$/i.test(file) ? " (save it as .docx first)" : "";
    throw new InputError(`cannot check ${file}: ird reads .docx and .txt files${hint}`);
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    throw new InputError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? "read error"}`);
  }
  if (/\.txt$/i.test(file)) return { snapshot: textToSnapshot(bytes.toString("utf8")), warnings: [] };
  try {
    return await docxToSnapshot(bytes);
  } catch (e) {
    if (e instanceof NotAWordDocument) throw new InputError(`cannot check ${file}: ${e.message}`);
    throw new InputError(`cannot check ${file}: the Word document could not be read`);
  }
}

export interface Checked {
  file: string;
  inspection: Inspection;
  report: CoverageReport;
}

/**
 * Which inspection a document is checked against: the one stored in it when it matches (or none
 * was asked for), else the catalog's.
 */
export function chooseInspection(snapshot: DocumentSnapshot, wanted: string | undefined, catalog: Inspection[], notes: string[]): Inspection {
  const stored = snapshot.storedInspection ?? null;
  if (stored && (!wanted || stored.id === wanted)) return stored;
  if (!wanted) throw new InputError("no inspection given: use --inspection <id>");
  const found = catalog.find((i) => i.id === wanted);
  if (!found) throw new InputError(`unknown inspection "${wanted}" (known: ${catalog.map((i) => i.id).join(", ")})`);
  if (stored) notes.push(`The document was drafted for ${stored.id}; checked against ${wanted} as asked.`);
  return found;
}

export async function checkFile(file: string, wanted: string | undefined, catalog: Inspection[]): Promise<Checked> {
  const { snapshot, warnings } = await readSnapshot(file);
  const extra: string[] = [...warnings];
  const inspection = chooseInspection(snapshot, wanted, catalog, extra);
  const report = analyse(snapshot, inspection);
  report.notes.push(...extra);
  return { file, inspection, report };
}
