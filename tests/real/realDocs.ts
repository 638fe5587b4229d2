/**
 * The real published responses in ../shared/fixtures/responses, as editable lists of paragraphs
 * (lines of the .txt, <w:p> elements of the .docx), so tests can make a reviewer's edits to them.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import { parseCatalog, type Inspection } from "../../src/domain/catalog";
import { analyse } from "../../src/domain/coverage";
import type { CoverageReport } from "../../src/domain/coverage/types";
import { docxToSnapshot, textToSnapshot } from "../../src/domain/docx";

export const repoRoot = path.resolve(__dirname, "..", "..");
export const fixtures = path.resolve(repoRoot, "..", "shared", "fixtures", "responses");
if (!existsSync(path.join(fixtures, "expected.json"))) {
  throw new Error(`The real responses are missing: expected them in ${fixtures} (the shared folder beside the repository). These checks cannot run without them.`);
}

export interface ExpectedDoc {
  file: string;
  inspection: string;
  answered: string[];
}
export const expected: ExpectedDoc[] = JSON.parse(readFileSync(path.join(fixtures, "expected.json"), "utf8")).documents;
const catalog = parseCatalog(JSON.parse(readFileSync(path.join(repoRoot, "assets", "catalog.json"), "utf8"))).inspections;
export const inspectionOf = (id: string): Inspection => catalog.find((i) => i.id === id)!;

/** A document as paragraphs we can remove, replace, move; rebuilt into a snapshot for analysis. */
export interface Editable {
  format: "txt" | "docx";
  units: string[];
  textOf(unit: string): string;
  make(text: string): string;
  analyse(units: string[], inspection: Inspection): Promise<CoverageReport>;
}

const unescape = (s: string) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");
const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export async function load(file: string, format: "txt" | "docx"): Promise<Editable> {
  const base = path.join(fixtures, file.replace(/\.txt$/, `.${format}`));
  if (format === "txt") {
    return {
      format,
      units: readFileSync(base, "utf8").split(/\r?\n/),
      textOf: (u) => u,
      make: (t) => t,
      analyse: async (units, insp) => analyse(textToSnapshot(units.join("\n")), insp),
    };
  }
  const zip = await JSZip.loadAsync(readFileSync(base));
  const xml = await zip.file("word/document.xml")!.async("string");
  const bodyStart = xml.indexOf("<w:body>") + "<w:body>".length;
  const sect = xml.lastIndexOf("<w:sectPr");
  const units = xml.slice(bodyStart, sect).match(/<w:p(?=[ >])[\s\S]*?<\/w:p>/g) ?? [];
  return {
    format,
    units,
    textOf: (u) => unescape((u.match(/<w:t(?: [^>]*)?>[^<]*<\/w:t>/g) ?? []).map((t) => t.replace(/<[^>]+>/g, "")).join("")),
    make: (t) => `<w:p><w:r><w:t xml:space="preserve">${escape(t)}</w:t></w:r></w:p>`,
    analyse: async (list, insp) => {
      zip.file("word/document.xml", xml.slice(0, bodyStart) + list.join("") + xml.slice(sect));
      const bytes = await zip.generateAsync({ type: "uint8array" });
      return analyse((await docxToSnapshot(bytes)).snapshot, insp);
    },
  };
}

export interface Section {
  rec: string;
  /** Heading unit index, and one past the last unit of the section. */
  head: number;
  end: number;
}

/**
 * Where each recommendation's section is: headings match `heading`, in the order of `recs`; the
 * last section stops at `stop` (the letter's closing) or the end.
 */
export function sectionsOf(doc: Editable, heading: RegExp, recs: string[], stop?: RegExp): Section[] {
  const heads: number[] = [];
  doc.units.forEach((u, i) => heading.test(doc.textOf(u)) && heads.push(i));
  if (heads.length !== recs.length) throw new Error(`expected ${recs.length} headings, found ${heads.length}`);
  let last = doc.units.length;
  if (stop) {
    const s = doc.units.findIndex((u, i) => i > heads[heads.length - 1] && stop.test(doc.textOf(u)));
    if (s >= 0) last = s;
  }
  return heads.map((head, k) => ({ rec: recs[k], head, end: k + 1 < heads.length ? heads[k + 1] : last }));
}

export const statusMap = (r: CoverageReport) => Object.fromEntries(r.items.map((i) => [i.recId, i.status]));
export const answeredIds = (r: CoverageReport) => r.items.filter((i) => i.status === "answered" || i.status === "deferred").map((i) => i.recId);
