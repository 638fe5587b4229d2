/** Our own response documents in the three house styles (tests/fixtures/coverage) and the catalog. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseCatalog, type Inspection } from "../../../src/domain/catalog";
import { analyse } from "../../../src/domain/coverage";
import type { CoverageReport, CoverageStatus } from "../../../src/domain/coverage/types";
import { docxToSnapshot, textToSnapshot } from "../../../src/domain/docx";
import { textToDocx } from "./buildDocx";

export const repoRoot = path.resolve(__dirname, "..", "..", "..");
export const fixtureDir = path.join(repoRoot, "tests", "fixtures", "coverage");
const catalog = parseCatalog(JSON.parse(readFileSync(path.join(repoRoot, "assets", "catalog.json"), "utf8"))).inspections;
export const inspection = (id: string): Inspection => catalog.find((i) => i.id === id)!;

export interface HouseStyle {
  name: string;
  file: string;
  inspectionId: string;
  /** What a reviewer finds in the document we wrote; recommendations not listed are missing. */
  statuses: Record<string, CoverageStatus>;
}

export const houseStyles: HouseStyle[] = [
  {
    name: "narrative letter with numbered recommendations (renumbered: its 5 is recommendation 7)",
    file: "narrative-letter.txt",
    inspectionId: "cjji-rape-phase-1-2021",
    statuses: { r1: "answered", r2: "answered", r3: "answered", r4: "answered", r7: "answered" },
  },
  {
    name: "form with portal ids and one combined response",
    file: "portal-form.txt",
    inspectionId: "cjji-rape-phase-2-2022",
    statuses: { r1: "answered", r2: "placeholder", r3: "answered" },
  },
  {
    name: "letter with an appendix of 'Recommendation N:' / 'Force response:'",
    file: "letter-appendix.txt",
    inspectionId: "hmicfrs-vawg-final-2021",
    statuses: { r1: "answered", r2: "answered", r3: "placeholder" },
  },
];

export const readFixture = (file: string) => readFileSync(path.join(fixtureDir, file), "utf8");

/** Analyses a text as .txt or as a .docx built from it. */
export async function analyseAs(format: "txt" | "docx", text: string, insp: Inspection): Promise<CoverageReport> {
  if (format === "txt") return analyse(textToSnapshot(text), insp);
  return analyse((await docxToSnapshot(await textToDocx(text))).snapshot, insp);
}

export const statuses = (r: CoverageReport) => Object.fromEntries(r.items.map((i) => [i.recId, i.status]));
export function expectedStatuses(h: HouseStyle): Record<string, CoverageStatus> {
  return Object.fromEntries(inspection(h.inspectionId).recommendations.map((r) => [r.id, h.statuses[r.id] ?? "missing"]));
}
