/** Our own response documents in other layouts OPCCs publish (tests/fixtures/coverage/layouts). */
import { analyse } from "../../../src/domain/coverage";
import type { CoverageReport } from "../../../src/domain/coverage/types";
import type { Inspection } from "../../../src/domain/catalog";
import { docxToSnapshot, textToSnapshot } from "../../../src/domain/docx";
import { buildDocx, tabbedTextToDocx, type Block } from "./buildDocx";
import { readFixture } from "./fixtures";

export const formats = ["txt", "docx"] as const;
export type Format = (typeof formats)[number];

export const layoutLines = (file: string) => readFixture(`layouts/${file}`).split("\n");

/**
 * Analyses lines as a .txt, or as a .docx where tab-separated rows are a real Word table and
 * lines matching `headings` have Word's Heading 2 style.
 */
export async function analyseLines(format: Format, lines: string[], insp: Inspection, headings?: RegExp): Promise<CoverageReport> {
  const text = lines.join("\n");
  if (format === "txt") return analyse(textToSnapshot(text), insp);
  if (headings) {
    const blocks: Block[] = lines.filter((l) => l.trim()).map((l) => (headings.test(l) ? { text: l, style: "Heading2" } : l));
    return analyse((await docxToSnapshot(await buildDocx(blocks))).snapshot, insp);
  }
  return analyse((await docxToSnapshot(await tabbedTextToDocx(text))).snapshot, insp);
}

/** Every recommendation's status: `given` ones as listed, the rest `otherwise`. */
export function allStatuses(insp: Inspection, given: Record<string, string>, otherwise = "missing"): Record<string, string> {
  return Object.fromEntries(insp.recommendations.map((r) => [r.id, given[r.id] ?? otherwise]));
}

/** The lines without the first line matching `what` (an answer removed by a drafter). */
export function withoutLine(lines: string[], what: RegExp): string[] {
  const at = lines.findIndex((l) => what.test(l));
  if (at < 0) throw new Error(`no line matches ${what}`);
  return [...lines.slice(0, at), ...lines.slice(at + 1)];
}
